package org.neurocanvas.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes IDX files as MNIST ships them (gzipped when the name ends in .gz), for tests and the converter. */
final class IdxFiles {

    private IdxFiles() {
    }

    /** An images file: magic 2051, count, rows, columns, then the pixels. */
    static void writeImages(Path file, int count, int rows, int columns, byte[] pixels) throws IOException {
        try (DataOutputStream out = new DataOutputStream(open(file))) {
            out.writeInt(2051);
            out.writeInt(count);
            out.writeInt(rows);
            out.writeInt(columns);
            out.write(pixels);
        }
    }

    /** A labels file: magic 2049, count, then one byte per label. */
    static void writeLabels(Path file, byte[] labels) throws IOException {
        try (DataOutputStream out = new DataOutputStream(open(file))) {
            out.writeInt(2049);
            out.writeInt(labels.length);
            out.write(labels);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
    }
}
