package org.neurocanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaluate --data on images: IDX pairs, CIFAR-10 batches and image folders, with a small model of
 * 4 x 4 greyscale images (dark ones are class 0, bright ones class 1), the same taking them as flat
 * vectors of 16, and one of CIFAR-10 records.
 */
class EvaluateImagesTest {

    private static final String GRAPH = """
            "graph": {"nodes": [
              {"id": "input_1", "kind": "Input", "x": 0, "y": 0, "settings": {"shape": "%s"}},
              {"id": "flatten_1", "kind": "Flatten", "x": 150, "y": 0, "settings": {}},
              {"id": "dense_1", "kind": "Dense", "x": 300, "y": 0, "settings": {"units": %d, "activation": "linear"}},
              {"id": "output_1", "kind": "Output", "x": 450, "y": 0, "settings": {"loss": "softmax_cross_entropy"}}],
              "edges": [{"from": "input_1", "to": "flatten_1"}, {"from": "flatten_1", "to": "dense_1"},
                        {"from": "dense_1", "to": "output_1"}]}""";

    @TempDir
    static Path dir;
    private static Path grey;
    private static Path flat;
    private static Path cifar;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void trainThreeModels() throws Exception {
        writeIdx("train", 40, 4);
        for (String name : new String[] {"grey", "flat"}) {
            Files.writeString(dir.resolve(name + ".json"), "{\"format\": \"neurocanvas-project\", \"version\": 1, \"name\": \"" + name
                    + "\", " + GRAPH.formatted("grey".equals(name) ? "auto" : "16", 2) + ", \"data\": {\"source\": \"idx\","
                    + " \"path\": \"train-images-idx3-ubyte\", \"labels\": \"train-labels-idx1-ubyte\"}, \"training\": {\"optimizer\":"
                    + " \"adam\", \"learningRate\": 0.05, \"batchSize\": 8, \"epochs\": 10, \"seed\": 1, \"validationSplit\": 0}}");
        }
        grey = train("grey");
        flat = train("flat");
        Files.write(dir.resolve("data_batch_1.bin"), cifarRecords(20));
        Files.writeString(dir.resolve("cifar.json"), "{\"format\": \"neurocanvas-project\", \"version\": 1, \"name\": \"cifar\", "
                + GRAPH.formatted("auto", 10) + ", \"data\": {\"source\": \"cifar10\", \"path\": \"data_batch_1.bin\"},"
                + " \"training\": {\"optimizer\": \"adam\", \"learningRate\": 0.001, \"batchSize\": 10, \"epochs\": 1, \"seed\": 1,"
                + " \"validationSplit\": 0}}");
        cifar = train("cifar");
    }

    private static Path train(String name) {
        Path model = dir.resolve(name + ".ncmodel");
        StringWriter text = new StringWriter();
        assertEquals(0, NeuroCanvasCli.run(new PrintWriter(text, true), new PrintWriter(text, true),
                "train", dir.resolve(name + ".json").toString(), "--out", model.toString()), text.toString());
        return model;
    }

    /** Images of side x side whose even ones are dark (class 0) and odd ones bright (class 1). */
    private static void writeIdx(String prefix, int count, int side) throws IOException {
        try (DataOutputStream images = new DataOutputStream(Files.newOutputStream(dir.resolve(prefix + "-images-idx3-ubyte")));
                DataOutputStream labels = new DataOutputStream(Files.newOutputStream(dir.resolve(prefix + "-labels-idx1-ubyte")))) {
            images.writeInt(2051);
            images.writeInt(count);
            images.writeInt(side);
            images.writeInt(side);
            labels.writeInt(2049);
            labels.writeInt(count);
            for (int i = 0; i < count; i++) {
                for (int p = 0; p < side * side; p++) {
                    images.write(i % 2 == 0 ? (p * 7 + i) % 40 : 215 + (p * 7 + i) % 40);
                }
                labels.write(i % 2);
            }
        }
    }

    /** CIFAR-10 records labelled 0, 1, ..., 9, 0, ... with pixels drawn from the label. */
    private static byte[] cifarRecords(int count) {
        byte[] bytes = new byte[count * 3073];
        for (int r = 0; r < count; r++) {
            bytes[r * 3073] = (byte) (r % 10);
            for (int p = 1; p < 3073; p++) {
                bytes[r * 3073 + p] = (byte) (25 * (r % 10) + p % 7);
            }
        }
        return bytes;
    }

    private int run(String... args) {
        return NeuroCanvasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void idxImagesAreReadWithTheLabelsBesideThem() throws Exception {
        writeIdx("test", 10, 4);
        assertEquals(0, run("evaluate", grey.toString(), "--data", dir.resolve("test-images-idx3-ubyte").toString()), err.toString());
        assertTrue(out.toString().startsWith("evaluated grey.ncmodel on test-images-idx3-ubyte: 10 samples"), out.toString());
        assertTrue(out.toString().contains("Confusion matrix"), out.toString());
    }

    @Test
    void anImageFolderIsResizedToTheModelsInputAndNamesWhatItSkipped() throws Exception {
        for (int i = 0; i < 6; i++) {
            BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
            image.setRGB(i, i, 0xFF8800);
            Path classFolder = Files.createDirectories(dir.resolve("photos").resolve(i % 2 == 0 ? "airplane" : "truck"));
            ImageIO.write(image, "png", classFolder.resolve("image" + i + ".png").toFile());
        }
        Files.write(dir.resolve("photos/truck/broken.png"), new byte[] {1, 2, 3});
        assertEquals(0, run("evaluate", cifar.toString(), "--data", dir.resolve("photos").toString()), err.toString());
        assertTrue(out.toString().startsWith("evaluated cifar.ncmodel on photos: 6 samples"), out.toString());
        assertEquals("photos/truck/broken.png: expected an image that decodes, found another file; it is skipped.", err.toString().trim());
    }

    @Test
    void aModelTrainedOnIdxImagesThroughAnAutoInputResizesAnImageFolder() throws Exception {
        for (int i = 0; i < 4; i++) {
            BufferedImage image = new BufferedImage(12, 12, BufferedImage.TYPE_INT_RGB);
            for (int p = 0; p < 144; p++) {
                image.setRGB(p % 12, p / 12, i % 2 == 0 ? 0x101010 : 0xF0F0F0);
            }
            Path classFolder = Files.createDirectories(dir.resolve("shades").resolve(String.valueOf(i % 2)));
            ImageIO.write(image, "png", classFolder.resolve("image" + i + ".png").toFile());
        }
        assertEquals(0, run("evaluate", grey.toString(), "--data", dir.resolve("shades").toString()), err.toString());
        assertTrue(out.toString().startsWith("evaluated grey.ncmodel on shades: 4 samples"), out.toString());
    }

    @Test
    void anImageFolderForAModelOfFlatInputIsOneSentence() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", Files.createDirectories(dir.resolve("dark/0")).resolve("a.png").toFile());
        assertEquals(1, run("evaluate", flat.toString(), "--data", dir.resolve("dark").toString()));
        assertEquals("dark is a folder of images, one sub-folder per class, but model 'flat' takes input shape 16, not images of"
                + " height x width x 1 or 3 channels.", err.toString().trim());
    }

    @Test
    void aCifarFolderIsEvaluatedOnItsTestBatch() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cifar-10-batches-bin"));
        Files.write(folder.resolve("data_batch_1.bin"), cifarRecords(20));
        Files.write(folder.resolve("test_batch.bin"), cifarRecords(7));
        assertEquals(0, run("evaluate", cifar.toString(), "--data", folder.toString()), err.toString());
        assertTrue(out.toString().startsWith("evaluated cifar.ncmodel on cifar-10-batches-bin: 7 samples"), out.toString());
    }

    @Test
    void imagesOfAnotherShapeAreOneSentenceNamingBothShapes() throws Exception {
        writeIdx("wide", 3, 5);
        assertEquals(1, run("evaluate", grey.toString(), "--data", dir.resolve("wide-labels-idx1-ubyte").toString()));
        assertEquals("wide-labels-idx1-ubyte holds samples of shape 5x5x1, but model 'grey' takes input shape 4x4x1.", err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(1, run("evaluate", grey.toString(), "--data", dir.resolve("data_batch_1.bin").toString()));
        assertEquals("data_batch_1.bin holds samples of shape 32x32x3, but model 'grey' takes input shape 4x4x1.", err.toString().trim());
    }

    @Test
    void idxImagesWithoutLabelsOrWithALabelColumnAreOneSentence() throws Exception {
        Files.write(dir.resolve("lonely-images-idx3-ubyte"), new byte[16]);
        assertEquals(1, run("evaluate", grey.toString(), "--data", dir.resolve("lonely-images-idx3-ubyte").toString()));
        assertEquals("lonely-images-idx3-ubyte: expected its labels file 'lonely-labels-idx1-ubyte' beside it, found none.",
                err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(1, run("evaluate", grey.toString(), "--data", dir.resolve("train-images-idx3-ubyte").toString(), "--label", "x"));
        assertEquals("--label names a column of a CSV file, but train-images-idx3-ubyte is MNIST-style IDX images and labels.",
                err.toString().trim());
    }
}
