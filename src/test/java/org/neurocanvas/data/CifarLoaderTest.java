package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CifarLoaderTest {

    private static final int RECORD = 3073;

    @TempDir
    Path folder;

    /** Records whose red plane holds (y + x) % 256, green 100 + x, blue 200 + y; label = index. */
    private static byte[] records(int count) {
        byte[] bytes = new byte[count * RECORD];
        for (int r = 0; r < count; r++) {
            bytes[r * RECORD] = (byte) r;
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    int p = r * RECORD + 1 + y * 32 + x;
                    bytes[p] = (byte) (y + x + r);
                    bytes[p + 1024] = (byte) (100 + x);
                    bytes[p + 2048] = (byte) (200 + y);
                }
            }
        }
        return bytes;
    }

    @Test
    void transposesPlanarRecordsToHeightWidthChannel() throws Exception {
        Path first = Files.write(folder.resolve("data_batch_1.bin"), records(2));
        Path second = Files.write(folder.resolve("test_batch.bin"), records(1));
        Dataset data = CifarLoader.load(List.of(first, second));
        assertEquals(3, data.size());
        assertArrayEquals(new int[] {32, 32, 3}, data.sampleShape());
        assertEquals(3 * 3072, data.featureBytes());
        assertArrayEquals(new int[] {0, 1, 0}, data.labels());
        assertEquals("truck", data.classNames().get(9));
        int y = 5;
        int x = 7;
        int pixel = (y * 32 + x) * 3;
        assertEquals((5 + 7 + 1) / 255f, data.feature(1, pixel), 1e-7);
        assertEquals((100 + 7) / 255f, data.feature(1, pixel + 1), 1e-7);
        assertEquals((200 + 5) / 255f, data.feature(1, pixel + 2), 1e-7);
    }

    @Test
    void aSizeThatIsNoMultipleOfARecordIsASentence() throws Exception {
        Path bad = Files.write(folder.resolve("data_batch_2.bin"), new byte[RECORD + 1000]);
        DataFileException error = assertThrows(DataFileException.class, () -> CifarLoader.load(List.of(bad)));
        assertEquals("data_batch_2.bin: expected a size that is a positive multiple of 3073 bytes (a label byte and"
                + " 3072 pixel bytes per image), found 4073 bytes.", error.getMessage());
    }

    @Test
    void aLabelBeyondNineIsNamedByItsRecord() throws Exception {
        byte[] bytes = records(2);
        bytes[RECORD] = 12;
        Path bad = Files.write(folder.resolve("data_batch_3.bin"), bytes);
        DataFileException error = assertThrows(DataFileException.class, () -> CifarLoader.load(List.of(bad)));
        assertEquals("data_batch_3.bin record 2: expected a label from 0 to 9, found 12.", error.getMessage());
    }
}
