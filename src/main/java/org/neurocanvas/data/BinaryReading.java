package org.neurocanvas.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reading exact runs of bytes from binary data files, telling how far a short file got. */
final class BinaryReading {

    private static final int FIRST_CHUNK = 1 << 20;

    private BinaryReading() {
    }

    /**
     * Reads up to length bytes. The buffer grows as bytes arrive, so a corrupt header that
     * promises gigabytes costs nothing unless the bytes are really there.
     *
     * @return the bytes read: fewer than length when the file (or a truncated gzip stream inside
     *         it) ends early
     */
    static byte[] readUpTo(InputStream in, int length, DataSource source) throws DataFileException {
        byte[] buffer = new byte[Math.min(length, FIRST_CHUNK)];
        int filled = 0;
        try {
            while (filled < length) {
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(length, 2L * buffer.length));
                }
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
        } catch (EOFException e) {
            // A gzip stream cut short ends in an EOFException rather than a short read.
        } catch (IOException e) {
            throw source.unreadable(e);
        }
        return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
    }

    /** The big-endian 32-bit integer at offset. */
    static int bigEndianInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16
                | (bytes[offset + 2] & 0xFF) << 8 | bytes[offset + 3] & 0xFF;
    }
}
