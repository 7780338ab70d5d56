package org.neurocanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.TrainingHistory;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.Metrics;

/** {@code train --checkpoint}: the best epoch's model, kept on disk as the run goes. */
class TrainCommandTest {

    private static final Pattern EPOCH = Pattern.compile("epoch (\\d+)/\\d+ .* val_loss=([0-9.]+)");
    private static final Pattern CHECKPOINT = Pattern.compile("checkpoint: epoch (\\d+)  val_loss=([0-9.]+)  saved: (.*)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return NeuroCanvasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theCheckpointHoldsTheBestEpochNotTheLast() throws Exception {
        // Iris at ten times its learning rate: the validation loss is lowest long before the last epoch.
        Path project = dir.resolve("iris-fast.json");
        Files.writeString(project, Files.readString(Path.of("samples/iris-mlp.json")).replace("\"learningRate\": 0.01", "\"learningRate\": 0.1"));
        Path best = dir.resolve("iris-best.ncmodel");
        Path last = dir.resolve("iris-last.ncmodel");
        assertEquals(0, run("train", project.toString(), "--epochs", "60", "--checkpoint", best.toString(), "--out", last.toString()),
                err.toString());

        Map<Integer, Double> valLoss = new HashMap<>();
        int bestEpoch = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (String line : out.toString().lines().toList()) {
            Matcher epoch = EPOCH.matcher(line);
            if (epoch.find() && !line.startsWith("checkpoint")) {
                valLoss.put(Integer.parseInt(epoch.group(1)), Double.parseDouble(epoch.group(2)));
            }
            Matcher saved = CHECKPOINT.matcher(line);
            if (saved.matches()) {
                int e = Integer.parseInt(saved.group(1));
                assertEquals(valLoss.get(e), Double.parseDouble(saved.group(2)), "a checkpoint line follows its epoch's line: " + line);
                assertTrue(valLoss.get(e) <= lowest, "only an epoch better than all before it is kept: " + line);
                assertEquals(best.toString(), saved.group(3));
                lowest = valLoss.get(e);
                bestEpoch = e;
            }
        }
        assertEquals(60, valLoss.size(), out.toString());
        assertTrue(bestEpoch > 1 && bestEpoch < 60, "the run overshoots, so its best epoch is neither the first nor the last: " + out);

        // Both bundles reload and predict the validation loss of their own epoch.
        Dataset validation = Compiler.compile(ProjectIO.read(project)).data().validation();
        ModelBundle kept = ModelBundle.read(best);
        assertEquals(valLoss.get(bestEpoch), Metrics.of(kept.network(), validation).loss(), 5e-5);
        assertEquals(valLoss.get(60), Metrics.of(ModelBundle.read(last).network(), validation).loss(), 5e-5);
        assertNotEquals(valLoss.get(bestEpoch), valLoss.get(60));
        List<TrainingHistory.Epoch> history = kept.history().orElseThrow().epochs();
        assertEquals(bestEpoch, history.get(history.size() - 1).epoch(), "the kept history ends at the kept epoch");
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file is left beside the bundles");
        }
    }

    @Test
    void aRunWithoutValidationSetRefusesACheckpoint() throws Exception {
        Path project = dir.resolve("iris-all.json");
        Files.writeString(project, Files.readString(Path.of("samples/iris-mlp.json")).replace("\"validationSplit\": 0.3", "\"validationSplit\": 0.0"));
        Path best = dir.resolve("best.ncmodel");
        assertEquals(1, run("train", project.toString(), "--epochs", "2", "--checkpoint", best.toString()));
        assertEquals("--checkpoint keeps the epoch with the lowest validation loss, but this run has no validation set: "
                + "set the project's validation split above 0." + System.lineSeparator(), err.toString());
        assertFalse(Files.exists(best));
    }

    @Test
    void anIdColumnOfTheDataIsLeftOutWithExclude() throws Exception {
        StringBuilder csv = new StringBuilder("id,a,b,kind\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i == 7 ? "" : "p" + i).append(',').append(i % 3).append(',').append(i % 4).append(',').append("xyz".charAt(i % 3))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("people.csv"), csv);
        assertEquals(1, run("train", "samples/iris-mlp.json", "--data", file.toString(), "--epochs", "1"));
        assertEquals("people.csv line 9, column 'id': expected a value, found an empty field (missing values can be dropped or filled "
                + "with the mean).", err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(0, run("train", "samples/iris-mlp.json", "--data", file.toString(), "--exclude", "id", "--epochs", "2"), err.toString());
        assertTrue(out.toString().contains("epoch 2/2"), out.toString());
        assertEquals(1, run("train", "samples/iris-mlp.json", "--exclude", "id"));
        assertEquals("--exclude names a column of the file given with --data, and there is none.", err.toString().trim());
    }

    @Test
    void aTestPartIsReportedUnderItsOwnHeadingAfterTraining() {
        assertEquals(0, run("train", "samples/iris-mlp.json", "--epochs", "30", "--test", "0.2"), err.toString());
        String text = out.toString();
        int validation = text.indexOf("Validation set:");
        int test = text.indexOf("Test set (30 samples held back from training and validation):");
        assertTrue(validation > 0 && test > validation, text);
        assertTrue(text.indexOf("macro avg", test) > test, "the test part has its own classification report: " + text);
        assertTrue(text.indexOf("final: ", test) > test, text);
    }

    @Test
    void aTestFileIsReportedUnderItsOwnNameAfterTraining() throws Exception {
        StringBuilder rows = new StringBuilder("id,a,b,kind\n");
        for (int i = 0; i < 60; i++) {
            rows.append("p").append(i).append(',').append(i % 3).append(',').append(i % 4).append(',').append("xyz".charAt(i % 3)).append('\n');
        }
        Path train = Files.writeString(dir.resolve("people.csv"), rows);
        Path exam = Files.writeString(dir.resolve("exam.csv"), "kind,b,a,id\nx,0,0,q1\ny,1,1,q2\nz,2,2,q3\nx,3,0,q4\n");
        assertEquals(0, run("train", "samples/iris-mlp.json", "--data", train.toString(), "--exclude", "id", "--test-file", exam.toString(),
                "--epochs", "2"), err.toString());
        String text = out.toString();
        int test = text.indexOf("Test set (4 samples of exam.csv):");
        assertTrue(test > text.indexOf("Validation set:"), text);
        assertTrue(text.indexOf("macro avg", test) > test, "the test file has its own classification report: " + text);

        assertEquals(1, run("train", "samples/iris-mlp.json", "--data", train.toString(), "--exclude", "id", "--test-file", exam.toString(),
                "--test", "0.2"));
        assertEquals("--test holds back a fraction of the samples to test on and --test-file names a file to test on: give one of them.",
                err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(1, run("train", "samples/iris-mlp.json", "--test-file", exam.toString()));
        assertEquals("--test-file names a CSV file to test on, but the data trained on is 'iris', not a CSV file: give the training CSV "
                + "with --data as well.", err.toString().trim());
        err.getBuffer().setLength(0);
        Path odd = Files.writeString(dir.resolve("odd.csv"), "id,a,b,kind\nq1,0,0,x\nq2,1,1,w\n");
        assertEquals(1, run("train", "samples/iris-mlp.json", "--data", train.toString(), "--exclude", "id", "--test-file", odd.toString()));
        assertEquals("odd.csv line 3, column 'kind': expected one of the classes of people.csv (x, y, z), found 'w'.", err.toString().trim());
    }

    /** A project of Input (of this shape), Flatten, Dense (units), Output, whose own data is a spiral. */
    private Path imageProject(String inputShape, int units) throws Exception {
        String graph = """
                {"format": "neurocanvas-project", "version": 1, "name": "pictures", "graph": {"nodes": [
                  {"id": "input_1", "kind": "Input", "x": 0, "y": 0, "settings": {"shape": "%s"}},
                  {"id": "flatten_1", "kind": "Flatten", "x": 150, "y": 0, "settings": {}},
                  {"id": "dense_1", "kind": "Dense", "x": 300, "y": 0, "settings": {"units": %d, "activation": "linear"}},
                  {"id": "output_1", "kind": "Output", "x": 450, "y": 0, "settings": {"loss": "softmax_cross_entropy"}}],
                  "edges": [{"from": "input_1", "to": "flatten_1"}, {"from": "flatten_1", "to": "dense_1"},
                            {"from": "dense_1", "to": "output_1"}]},
                 "data": {"source": "spiral", "samples": 60, "classes": 3, "noise": 0.1, "seed": 1},
                 "training": {"optimizer": "adam", "learningRate": 0.01, "batchSize": 8, "epochs": 2, "seed": 1, "validationSplit": 0.25}}
                """.formatted(inputShape, units);
        return Files.writeString(dir.resolve("pictures-" + inputShape + ".json"), graph);
    }

    /** IDX images of side x side, even ones dark, odd ones bright, with their labels beside them. */
    private Path writeIdx(String prefix, int count, int side) throws Exception {
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
                    images.write(i % 2 == 0 ? p % 40 : 215 + p % 40);
                }
                labels.write(i % 2);
            }
        }
        return dir.resolve(prefix + "-images-idx3-ubyte");
    }

    @Test
    void idxImagesAndCifarBatchesTrainInPlaceOfTheProjectsData() throws Exception {
        writeIdx("train", 40, 4);
        assertEquals(0, run("train", imageProject("auto", 2).toString(), "--data", dir.resolve("train-labels-idx1-ubyte").toString()),
                err.toString());
        assertTrue(out.toString().contains("epoch 2/2"), out.toString());
        assertTrue(out.toString().contains("Validation set:"), out.toString());

        byte[] records = new byte[20 * 3073];
        for (int r = 0; r < 20; r++) {
            records[r * 3073] = (byte) (r % 10);
        }
        Path batches = Files.createDirectories(dir.resolve("cifar-10-batches-bin"));
        Files.write(batches.resolve("data_batch_1.bin"), records);
        out.getBuffer().setLength(0);
        assertEquals(0, run("train", imageProject("auto", 10).toString(), "--data", batches.toString(), "--epochs", "1"), err.toString());
        assertTrue(out.toString().contains("epoch 1/1"), out.toString());
    }

    @Test
    void anImageFolderIsResizedToTheInputsShape() throws Exception {
        for (int i = 0; i < 8; i++) {
            BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
            image.setRGB(i, i, 0xFFFFFF);
            Path classFolder = Files.createDirectories(dir.resolve("photos").resolve(i % 2 == 0 ? "cat" : "dog"));
            ImageIO.write(image, "png", classFolder.resolve("image" + i + ".png").toFile());
        }
        Files.write(dir.resolve("photos/dog/broken.png"), new byte[] {1, 2, 3});
        assertEquals(0, run("train", imageProject("6x6x1", 2).toString(), "--data", dir.resolve("photos").toString()), err.toString());
        assertTrue(out.toString().contains("epoch 2/2"), out.toString());
        assertTrue(out.toString().startsWith(dir.resolve("photos").toAbsolutePath()
                + ": skipped 1 of 9 files, which are not images that decode; the first is dog/broken.png."), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("train", imageProject("auto", 2).toString(), "--data", dir.resolve("photos").toString()), err.toString());
        assertTrue(out.toString().contains("epoch 2/2"), "an auto Input takes the first image's size: " + out);
    }

    @Test
    void imagesOfAnotherShapeThanTheInputIsOneSentenceNamingBoth() throws Exception {
        Path wide = writeIdx("wide", 6, 5);
        assertEquals(1, run("train", imageProject("4x4x1", 2).toString(), "--data", wide.toString()));
        assertEquals("wide-images-idx3-ubyte holds samples of shape 5x5x1, but the network's input_1 takes shape 4x4x1: set its shape to auto.",
                err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(1, run("train", imageProject("4x4x1", 2).toString(), "--data", wide.toString(), "--label", "kind"));
        assertEquals("--label names a column of a CSV file, but wide-images-idx3-ubyte is MNIST-style IDX images and labels.",
                err.toString().trim());
    }
}
