package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxLoaderTest {

    @TempDir
    Path folder;

    /** Three 2 x 3 images whose pixel p of image i is 10i + p, labels 2 0 1. */
    private Path[] threeImages(String images, String labels) throws IOException {
        byte[] pixels = new byte[18];
        for (int i = 0; i < 18; i++) {
            pixels[i] = (byte) (10 * (i / 6) + i % 6);
        }
        Path imageFile = folder.resolve(images);
        Path labelFile = folder.resolve(labels);
        IdxFiles.writeImages(imageFile, 3, 2, 3, pixels);
        IdxFiles.writeLabels(labelFile, new byte[] {2, 0, 1});
        return new Path[] {imageFile, labelFile};
    }

    @Test
    void readsImagesAsBytesOfShapeRowsColumnsOne() throws Exception {
        for (String suffix : List.of("", ".gz")) {
            Path[] files = threeImages("t10k-images-idx3-ubyte" + suffix, "t10k-labels-idx1-ubyte" + suffix);
            Dataset data = IdxLoader.load(files[0], files[1]);
            assertEquals("t10k", data.name());
            assertEquals(3, data.size());
            assertArrayEquals(new int[] {2, 3, 1}, data.sampleShape());
            assertEquals(18, data.featureBytes());
            assertEquals(List.of("0", "1", "2"), data.classNames());
            assertArrayEquals(new int[] {2, 0, 1}, data.labels());
            assertEquals(25 / 255f, data.feature(2, 5), 1e-7);
        }
    }

    @Test
    void theHeaderAloneGivesTheImageShape() throws Exception {
        Path[] files = threeImages("s-images-idx3-ubyte.gz", "s-labels-idx1-ubyte.gz");
        assertArrayEquals(new int[] {2, 3, 1}, IdxLoader.imageShape(files[0]));
        assertEquals("s-labels-idx1-ubyte.gz: expected the magic number 2051 of an IDX image file, found 2049 (that of an IDX label file).",
                assertThrows(DataFileException.class, () -> IdxLoader.imageShape(files[1])).getMessage());
    }

    @Test
    void takesClassNamesAndRejectsALabelBeyondThem() throws Exception {
        Path[] files = threeImages("a-images-idx3-ubyte", "a-labels-idx1-ubyte");
        assertEquals(List.of("x", "y", "z"), IdxLoader.load(files[0], files[1], List.of("x", "y", "z")).classNames());
        DataFileException error = assertThrows(DataFileException.class,
                () -> IdxLoader.load(files[0], files[1], List.of("x", "y")));
        assertEquals("a-labels-idx1-ubyte record 1: expected a label from 0 to 1, found 2.", error.getMessage());
    }

    @Test
    void aWrongMagicNumberIsASentence() throws Exception {
        Path[] files = threeImages("b-images-idx3-ubyte", "b-labels-idx1-ubyte");
        // Images and labels swapped: the images file is read as labels first.
        assertMessage("b-images-idx3-ubyte: expected the magic number 2049 of an IDX label file, found 2051"
                + " (that of an IDX image file).", files[1], files[0]);
        Path text = Files.writeString(folder.resolve("notes.txt"), "hello, world");
        assertMessage("notes.txt: expected the magic number 2051 of an IDX image file, found 1751477356.",
                text, files[1]);
    }

    @Test
    void aTruncatedFileSaysHowMuchIsThere() throws Exception {
        Path[] files = threeImages("c-images-idx3-ubyte", "c-labels-idx1-ubyte");
        byte[] whole = Files.readAllBytes(files[0]);
        Path cut = Files.write(folder.resolve("cut-images-idx3-ubyte"), Arrays.copyOf(whole, whole.length - 5));
        assertMessage("cut-images-idx3-ubyte: expected 18 pixel bytes (3 images of 2 x 3), found 13.", cut, files[1]);
        Path header = Files.write(folder.resolve("head-images-idx3-ubyte"), Arrays.copyOf(whole, 10));
        assertMessage("head-images-idx3-ubyte: expected a 16-byte IDX image header, found 10 bytes.", header, files[1]);
        Path empty = Files.write(folder.resolve("empty-labels"), new byte[0]);
        assertMessage("empty-labels: expected an IDX label file starting with the magic number 2049, found an empty"
                + " file.", files[0], empty);
    }

    @Test
    void aTruncatedGzipFileIsTruncatedToo() throws Exception {
        Path[] files = threeImages("d-images-idx3-ubyte.gz", "d-labels-idx1-ubyte.gz");
        byte[] whole = Files.readAllBytes(files[0]);
        Path cut = Files.write(folder.resolve("cut-images-idx3-ubyte.gz"), Arrays.copyOf(whole, whole.length - 12));
        DataFileException error = assertThrows(DataFileException.class, () -> IdxLoader.load(cut, files[1]));
        assertEquals(true, error.getMessage().startsWith("cut-images-idx3-ubyte.gz: expected 18 pixel bytes"
                + " (3 images of 2 x 3), found "), error.getMessage());
    }

    @Test
    void labelsAndImagesMustCountAlike() throws Exception {
        Path[] files = threeImages("e-images-idx3-ubyte", "e-labels-idx1-ubyte");
        Path two = folder.resolve("two-labels-idx1-ubyte");
        IdxFiles.writeLabels(two, new byte[] {1, 2});
        assertMessage("two-labels-idx1-ubyte: expected 3 labels, one per image in e-images-idx3-ubyte, found 2.",
                files[0], two);
    }

    private static void assertMessage(String expected, Path images, Path labels) {
        DataFileException error = assertThrows(DataFileException.class, () -> IdxLoader.load(images, labels));
        assertEquals(expected, error.getMessage());
    }
}
