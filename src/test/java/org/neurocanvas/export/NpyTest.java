package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

    @TempDir
    Path dir;

    @Test
    void arraysComeBackExactlyWithTheirShape() {
        float[] values = {1.5f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, 1e-30f};
        Tensor t = Npy.read("w", Npy.write(new long[] {2, 3}, values));
        assertArrayEquals(new long[] {2, 3}, t.shape());
        assertArrayEquals(values, t.values());
        assertArrayEquals(new long[] {7}, Npy.read("b", Npy.write(new long[] {7}, new float[7])).shape());
        assertArrayEquals(new long[0], Npy.read("s", Npy.write(new long[0], new float[] {2})).shape());
    }

    @Test
    void theHeaderIsNumpysVersionOneDictPaddedTo64Bytes() {
        byte[] bytes = Npy.write(new long[] {3}, new float[] {1, 2, 3});
        String header = new String(bytes, 10, bytes[8], StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", header.strip());
        assertEquals('\n', header.charAt(header.length() - 1));
        assertEquals(128 + 12, bytes.length, "NumPy pads such a header to 128 bytes too");
    }

    @Test
    void otherTypesAndCutFilesAreRefusedWithAReason() {
        byte[] doubles = Npy.write(new long[] {2}, new float[] {1, 2});
        byte[] f8 = new String(doubles, StandardCharsets.ISO_8859_1).replace("<f4", "<f8").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("it holds '<f8' values; little-endian float32 ('<f4') is expected",
                assertThrows(IllegalArgumentException.class, () -> Npy.read("x", f8)).getMessage());
        byte[] cut = Arrays.copyOf(doubles, doubles.length - 1);
        assertEquals("it holds 7 bytes of data, but shape [2] needs 8",
                assertThrows(IllegalArgumentException.class, () -> Npy.read("x", cut)).getMessage());
        assertEquals("it is not a NumPy .npy file",
                assertThrows(IllegalArgumentException.class, () -> Npy.read("x", "hello world".getBytes(StandardCharsets.US_ASCII))).getMessage());
    }

    @Test
    void numpyReadsWhatWeWriteAndWeReadWhatNumpyWrites() throws Exception {
        assumeTrue(Python.has("numpy"), "numpy is not installed for /usr/bin/python3");
        Path ours = dir.resolve("ours.npy");
        Path theirs = dir.resolve("theirs.npy");
        Path labels = dir.resolve("labels.npy");
        Files.write(ours, Npy.write(new long[] {2, 2}, new float[] {1, 2, 3, 4.5f}));
        Files.write(labels, Npy.write(new long[] {3}, new int[] {2, 0, Integer.MAX_VALUE}));
        Python.Result r = Python.run("""
                import sys, numpy as np
                a = np.load(sys.argv[1])
                print(a.dtype, a.shape, a.sum())
                labels = np.load(sys.argv[3])
                print(labels.dtype, labels.shape, labels.tolist())
                np.save(sys.argv[2], np.arange(6, dtype=np.float32).reshape(3, 2))
                """, ours.toString(), theirs.toString(), labels.toString());
        assertEquals("float32 (2, 2) 10.5\nint64 (3,) [2, 0, 2147483647]", r.output().strip());
        Tensor t = Npy.read("theirs", Files.readAllBytes(theirs));
        assertArrayEquals(new long[] {3, 2}, t.shape());
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5}, t.values());
    }
}
