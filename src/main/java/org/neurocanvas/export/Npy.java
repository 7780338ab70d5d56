package org.neurocanvas.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format, version 1.0, for little-endian float32 arrays in C order (and, to
 * write only, int64 ones for labels): what {@code numpy.load} reads with no options. The header is
 * a Python dict literal padded with spaces so that the data starts at a multiple of 64 bytes, as
 * NumPy itself writes it.
 */
final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Magic, two version bytes and the two-byte header length. */
    private static final int PREAMBLE = MAGIC.length + 4;
    private static final int ALIGNMENT = 64;
    /** NumPy's codes for little-endian float32 and int64. */
    static final String FLOAT32 = "<f4";
    static final String INT64 = "<i8";
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** The file's bytes for these values of this shape. */
    static byte[] write(long[] shape, float[] values) {
        byte[] header = header(FLOAT32, shape);
        ByteBuffer out = ByteBuffer.allocate(header.length + values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        out.put(header).asFloatBuffer().put(values);
        return out.array();
    }

    /** The file's bytes for integers of this shape, stored as little-endian int64 (NumPy's default integer). */
    static byte[] write(long[] shape, int[] values) {
        byte[] header = header(INT64, shape);
        ByteBuffer out = ByteBuffer.allocate(header.length + values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        out.put(header);
        for (int v : values) {
            out.putLong(v);
        }
        return out.array();
    }

    /**
     * Everything before the values: magic, version, and the header dict padded so that the data
     * start at a multiple of 64 bytes. Large arrays are streamed after it, little-endian, C order.
     *
     * @param descr NumPy's type code, {@link #FLOAT32} or {@link #INT64}
     */
    static byte[] header(String descr, long[] shape) {
        StringBuilder dims = new StringBuilder();
        for (long d : shape) {
            dims.append(d).append(", ");
        }
        // NumPy writes a one-element tuple as (n,) and the others without the trailing comma.
        String tuple = shape.length == 1 ? dims.substring(0, dims.length() - 1) : dims.length() == 0 ? "" : dims.substring(0, dims.length() - 2);
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + tuple + "), }";
        int padded = (PREAMBLE + dict.length() + 1 + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        String header = dict + " ".repeat(padded - PREAMBLE - dict.length() - 1) + "\n";
        ByteBuffer out = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        out.put(header.getBytes(StandardCharsets.US_ASCII));
        return out.array();
    }

    /**
     * Parses a file written by {@link #write} or by NumPy for a float32 array.
     *
     * @param name the tensor's name, for the message
     * @throws IllegalArgumentException a sentence saying what is wrong with the file
     */
    static Tensor read(String name, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < PREAMBLE || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException("it is not a NumPy .npy file");
        }
        if (bytes[MAGIC.length] != 1) {
            throw new IllegalArgumentException("it is a version " + bytes[MAGIC.length] + " .npy file; version 1 is expected");
        }
        int headerLength = Short.toUnsignedInt(in.getShort(MAGIC.length + 2));
        if (PREAMBLE + headerLength > bytes.length) {
            throw new IllegalArgumentException("its .npy header is cut short");
        }
        String header = new String(bytes, PREAMBLE, headerLength, StandardCharsets.US_ASCII);
        String descr = group(DESCR, "descr", header);
        if (!FLOAT32.equals(descr)) {
            throw new IllegalArgumentException("it holds '" + descr + "' values; little-endian float32 ('<f4') is expected");
        }
        if (!"False".equals(group(FORTRAN, "fortran_order", header))) {
            throw new IllegalArgumentException("it is in Fortran order; C order is expected");
        }
        long[] shape = parseShape(group(SHAPE, "shape", header));
        long expected = elementCount(shape) * Float.BYTES;
        if (bytes.length - PREAMBLE - headerLength != expected) {
            throw new IllegalArgumentException("it holds " + (bytes.length - PREAMBLE - headerLength) + " bytes of data, but shape "
                    + Arrays.toString(shape) + " needs " + expected);
        }
        float[] values = new float[(int) elementCount(shape)];
        in.position(PREAMBLE + headerLength);
        in.asFloatBuffer().get(values);
        return new Tensor(name, shape, values);
    }

    private static String group(Pattern pattern, String key, String header) {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException("its .npy header has no valid '" + key + "'");
        }
        return m.group(1);
    }

    /** The number of values of a shape, refusing shapes larger than any array. */
    private static long elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("its .npy shape " + Arrays.toString(shape) + " is larger than any array");
            }
        }
        return n;
    }

    private static long[] parseShape(String tuple) {
        String[] parts = tuple.split(",");
        return Arrays.stream(parts).map(String::trim).filter(s -> !s.isEmpty()).mapToLong(s -> {
            try {
                long d = Long.parseLong(s);
                if (d < 0 || d > Integer.MAX_VALUE) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("its .npy shape (" + tuple + ") is not a tuple of sizes");
            }
        }).toArray();
    }
}
