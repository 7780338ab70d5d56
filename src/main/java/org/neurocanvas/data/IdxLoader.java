package org.neurocanvas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the MNIST family's IDX files: an images file ({@code *-images-idx3-ubyte}, magic number
 * 2051, then the image count, rows and columns, big-endian, then one unsigned byte per pixel) and a
 * labels file ({@code *-labels-idx1-ubyte}, magic 2049, then the count, then one byte per label),
 * each gzipped or not.
 *
 * <p>The data set is byte-backed (pixels read as byte/255, in 0..1) with samples of shape
 * rows x columns x 1. Records are counted from 1 in messages. Bytes after the last record are
 * ignored.
 */
public final class IdxLoader {

    private static final int IMAGES_MAGIC = 2051;
    private static final int LABELS_MAGIC = 2049;

    private IdxLoader() {
    }

    /**
     * Loads images and labels; the classes are 0 to the largest label, named by their digits, or
     * by Fashion-MNIST's names ("T-shirt/top", "Trouser", ...) when the file is known to be Fashion-MNIST
     * (see {@link KnownDataset#idxClassNames}).
     *
     * @throws DataFileException for a wrong magic number, a truncated file, or a count of labels
     *                           that differs from the count of images
     */
    public static Dataset load(Path images, Path labels) throws DataFileException {
        return load(nameOf(images), DataSource.of(images), DataSource.of(labels), KnownDataset.idxClassNames(images));
    }

    /**
     * Loads images and labels with one name per class (e.g. Fashion-MNIST's "T-shirt/top", ...).
     *
     * @throws DataFileException as {@link #load(Path, Path)}, and for a label beyond the names
     */
    public static Dataset load(Path images, Path labels, List<String> classNames) throws DataFileException {
        return load(nameOf(images), DataSource.of(images), DataSource.of(labels), List.copyOf(classNames));
    }

    /**
     * The shape of one image of an IDX images file, {rows, columns, 1}, read from its header alone.
     *
     * @throws DataFileException for a wrong magic number or a short header
     */
    public static int[] imageShape(Path images) throws DataFileException {
        DataSource source = DataSource.of(images);
        try (InputStream in = source.open()) {
            int[] header = readHeader(in, source, IMAGES_MAGIC, 16);
            return new int[] {header[2], header[3], 1};
        } catch (IOException e) {
            throw source.unreadable(e);
        }
    }

    /** "t10k-images-idx3-ubyte.gz" is called "t10k". */
    private static String nameOf(Path images) {
        String name = String.valueOf(images.getFileName());
        return name.replaceFirst("(\\.gz)$", "").replaceFirst("[-.]images[-.]idx3[-.]ubyte$", "");
    }

    /** Loads from any sources; classNames null means "0" to the largest label. */
    static Dataset load(String name, DataSource images, DataSource labels, List<String> classNames)
            throws DataFileException {
        byte[] labelBytes = readLabels(labels);
        int count = labelBytes.length;
        try (InputStream in = images.open()) {
            int[] header = readHeader(in, images, IMAGES_MAGIC, 16);
            int rows = header[2];
            int columns = header[3];
            if (header[1] != count) {
                throw new DataFileException(labels.name() + ": expected " + header[1] + " labels, one per image in "
                        + images.name() + ", found " + count + ".");
            }
            if (rows < 1 || columns < 1 || (long) count * rows * columns > Integer.MAX_VALUE) {
                throw new DataFileException(images.name() + ": expected images of at least 1 x 1 pixels and at most "
                        + Integer.MAX_VALUE + " pixels in all, found " + count + " images of " + rows + " x "
                        + columns + ".");
            }
            int length = count * rows * columns;
            byte[] pixels = BinaryReading.readUpTo(in, length, images);
            if (pixels.length < length) {
                throw new DataFileException(images.name() + ": expected " + length + " pixel bytes (" + count
                        + " images of " + rows + " x " + columns + "), found " + pixels.length + ".");
            }
            int[] classes = new int[count];
            int largest = 0;
            for (int i = 0; i < count; i++) {
                classes[i] = labelBytes[i] & 0xFF;
                largest = Math.max(largest, classes[i]);
                if (classNames != null && classes[i] >= classNames.size()) {
                    throw new DataFileException(labels.name() + " record " + (i + 1) + ": expected a label from 0 to "
                            + (classNames.size() - 1) + ", found " + classes[i] + ".");
                }
            }
            List<String> names = classNames != null ? classNames : digits(largest + 1);
            Features features = new Features.Bytes(pixels, 1f / 255, rows * columns);
            return new Dataset(name, features, new int[] {rows, columns, 1}, classes, names.size(), names);
        } catch (IOException e) {
            throw images.unreadable(e);
        }
    }

    private static byte[] readLabels(DataSource labels) throws DataFileException {
        try (InputStream in = labels.open()) {
            int count = readHeader(in, labels, LABELS_MAGIC, 8)[1];
            byte[] bytes = BinaryReading.readUpTo(in, count, labels);
            if (bytes.length < count) {
                throw new DataFileException(labels.name() + ": expected " + count + " label bytes, found "
                        + bytes.length + ".");
            }
            return bytes;
        } catch (IOException e) {
            throw labels.unreadable(e);
        }
    }

    /** The header's big-endian integers: magic number, count, and (for images) rows and columns. */
    private static int[] readHeader(InputStream in, DataSource source, int magic, int size) throws DataFileException {
        byte[] bytes = BinaryReading.readUpTo(in, size, source);
        int read = bytes.length;
        String kind = magic == IMAGES_MAGIC ? "image" : "label";
        if (read < 4) {
            String found = read == 0 ? "an empty file" : "only " + read + " bytes";
            throw new DataFileException(source.name() + ": expected an IDX " + kind + " file starting with the magic"
                    + " number " + magic + ", found " + found + ".");
        }
        int found = BinaryReading.bigEndianInt(bytes, 0);
        if (found != magic) {
            String hint = found == IMAGES_MAGIC ? " (that of an IDX image file)"
                    : found == LABELS_MAGIC ? " (that of an IDX label file)" : "";
            throw new DataFileException(source.name() + ": expected the magic number " + magic + " of an IDX " + kind
                    + " file, found " + found + hint + ".");
        }
        if (read < size) {
            throw new DataFileException(source.name() + ": expected a " + size + "-byte IDX " + kind + " header, found "
                    + read + " bytes.");
        }
        int[] values = new int[size / 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = BinaryReading.bigEndianInt(bytes, 4 * i);
        }
        if (values[1] < 0) {
            throw new DataFileException(source.name() + ": expected a count of records >= 0, found " + values[1] + ".");
        }
        return values;
    }

    /** "0", "1", ... */
    private static List<String> digits(int classes) {
        List<String> names = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return names;
    }
}
