package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderLoaderTest {

    @TempDir
    Path root;

    private Path image(String classFolder, String name, String format, int width, int height, Color left,
            Color right) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(right);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        Path file = Files.createDirectories(root.resolve("pets").resolve(classFolder)).resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    private Path pets() throws IOException {
        image("cats", "a.png", "png", 10, 6, Color.RED, Color.RED);
        image("cats", "b.bmp", "bmp", 8, 8, Color.WHITE, Color.BLACK);
        image("dogs", "c.jpg", "jpg", 40, 40, Color.BLUE, Color.BLUE);
        Files.write(root.resolve("pets/dogs/broken.png"), new byte[] {1, 2, 3, 4, 5});
        Files.writeString(root.resolve("pets/dogs/README.txt"), "not an image");
        return root.resolve("pets");
    }

    @Test
    void readsOneClassPerFolderResizedAndCountsWhatDidNotDecode() throws Exception {
        ImageFolderLoader.Result result = ImageFolderLoader.load(pets(), 4, 4, ImageFolderLoader.Color.RGB);
        Dataset data = result.dataset();
        assertEquals("pets", data.name());
        assertEquals(List.of("cats", "dogs"), data.classNames());
        assertArrayEquals(new int[] {0, 0, 1}, data.labels());
        assertArrayEquals(new int[] {4, 4, 3}, data.sampleShape());
        assertEquals(3 * 48, data.featureBytes());
        assertEquals(List.of("dogs/broken.png"), result.skipped());
        float[] red = new float[48];
        data.gather(new int[] {0}, 0, 1, red, new float[1]);
        for (int p = 0; p < 16; p++) {
            assertArrayEquals(new float[] {1, 0, 0}, new float[] {red[3 * p], red[3 * p + 1], red[3 * p + 2]});
        }
        // JPEG is lossy: blue stays mostly blue.
        assertTrue(data.feature(2, 2) > 0.9f && data.feature(2, 0) < 0.1f);
    }

    @Test
    void greyscaleIsLumaAndResizingKeepsWhereThingsAre() throws Exception {
        Dataset data = ImageFolderLoader.load(pets(), 4, 4, ImageFolderLoader.Color.GREYSCALE).dataset();
        assertArrayEquals(new int[] {4, 4, 1}, data.sampleShape());
        assertEquals(76 / 255f, data.feature(0, 5), 1e-6);
        for (int y = 0; y < 4; y++) {
            assertTrue(data.feature(1, y * 4) > 0.9f, "white half at row " + y);
            assertTrue(data.feature(1, y * 4 + 3) < 0.1f, "black half at row " + y);
        }
    }

    @Test
    void anEmptyClassFolderIsASentence() throws Exception {
        pets();
        Files.createDirectories(root.resolve("pets/birds"));
        DataFileException error = assertThrows(DataFileException.class,
                () -> ImageFolderLoader.load(root.resolve("pets"), 4, 4, ImageFolderLoader.Color.RGB));
        assertEquals("pets/birds: expected PNG, JPEG, BMP or GIF images in this class folder, found none.",
                error.getMessage());
    }

    @Test
    void aClassFolderWhoseImagesAllFailIsASentence() throws Exception {
        pets();
        Files.createDirectories(root.resolve("pets/fish"));
        Files.write(root.resolve("pets/fish/x.png"), new byte[] {9, 9});
        DataFileException error = assertThrows(DataFileException.class,
                () -> ImageFolderLoader.load(root.resolve("pets"), 4, 4, ImageFolderLoader.Color.RGB));
        assertEquals("pets/fish: expected images that decode in this class folder, found none of its 1 files.",
                error.getMessage());
    }

    @Test
    void aMissingFolderOrOneWithoutClassFoldersIsASentence() throws Exception {
        DataFileException missing = assertThrows(DataFileException.class,
                () -> ImageFolderLoader.load(root.resolve("nowhere"), 4, 4, ImageFolderLoader.Color.RGB));
        assertEquals("nowhere: expected a folder with one sub-folder per class, found nothing at "
                + root.resolve("nowhere") + ".", missing.getMessage());
        Files.createDirectories(root.resolve("flat"));
        DataFileException flat = assertThrows(DataFileException.class,
                () -> ImageFolderLoader.load(root.resolve("flat"), 4, 4, ImageFolderLoader.Color.RGB));
        assertEquals("flat: expected one sub-folder of images per class, found none.", flat.getMessage());
    }

    @Test
    void rejectsASizeOutOfRange() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ImageFolderLoader.load(root, 0, 4, ImageFolderLoader.Color.RGB));
        assertEquals("Setting 'width' of an image folder must be from 1 to 4096, found 0.", error.getMessage());
    }
}
