package org.neurocanvas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CIFAR-10's binary batches ({@code data_batch_1.bin} ... {@code data_batch_5.bin},
 * {@code test_batch.bin}): records of one label byte and 3072 pixel bytes, stored channel by
 * channel (the 1024 red values row by row, then green, then blue).
 *
 * <p>The data set is byte-backed (pixels read as byte/255) with samples of shape 32 x 32 x 3 in
 * height-width-channel order, so the planar records are transposed while loading. 50,000 training
 * images take 154 MB. Records are counted from 1 in messages.
 */
public final class CifarLoader {

    /** CIFAR-10's classes, indexed by label. */
    public static final List<String> CLASS_NAMES = List.of("airplane", "automobile", "bird", "cat", "deer",
            "dog", "frog", "horse", "ship", "truck");

    private static final int SIDE = 32;
    private static final int CHANNELS = 3;
    private static final int PLANE = SIDE * SIDE;
    private static final int PIXELS = PLANE * CHANNELS;
    private static final int RECORD = 1 + PIXELS;

    private CifarLoader() {
    }

    /**
     * Loads one or more batch files (gzipped or not) into one data set, in the order given.
     *
     * @throws DataFileException for a file whose size is not a whole number of records, or a label
     *                           beyond 9
     */
    public static Dataset load(List<Path> files) throws DataFileException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Expected at least one CIFAR-10 batch file, found none.");
        }
        List<DataSource> sources = new ArrayList<>();
        files.forEach(file -> sources.add(DataSource.of(file)));
        return read(sources);
    }

    private static Dataset read(List<DataSource> sources) throws DataFileException {
        List<byte[]> contents = new ArrayList<>();
        long images = 0;
        for (DataSource source : sources) {
            byte[] content = readAll(source);
            if (content.length == 0 || content.length % RECORD != 0) {
                throw new DataFileException(source.name() + ": expected a size that is a positive multiple of "
                        + RECORD + " bytes (a label byte and " + PIXELS + " pixel bytes per image), found "
                        + content.length + " bytes.");
            }
            contents.add(content);
            images += content.length / RECORD;
        }
        if (images * PIXELS > Integer.MAX_VALUE) {
            throw new DataFileException(sources.get(0).name() + " and the other batches: expected at most "
                    + Integer.MAX_VALUE / PIXELS + " images in all, found " + images + ".");
        }
        byte[] pixels = new byte[(int) images * PIXELS];
        int[] labels = new int[(int) images];
        int sample = 0;
        for (int f = 0; f < contents.size(); f++) {
            byte[] content = contents.get(f);
            contents.set(f, null); // let a 30 MB batch go as soon as it is transposed
            for (int record = 0; record < content.length / RECORD; record++, sample++) {
                int start = record * RECORD;
                labels[sample] = content[start] & 0xFF;
                if (labels[sample] >= CLASS_NAMES.size()) {
                    throw new DataFileException(sources.get(f).name() + " record " + (record + 1)
                            + ": expected a label from 0 to 9, found " + labels[sample] + ".");
                }
                toHeightWidthChannel(content, start + 1, pixels, sample * PIXELS);
            }
        }
        Features features = new Features.Bytes(pixels, 1f / 255, PIXELS);
        return new Dataset("cifar-10", features, new int[] {SIDE, SIDE, CHANNELS}, labels, CLASS_NAMES.size(),
                CLASS_NAMES);
    }

    /** Planar R..., G..., B... becomes interleaved RGB, RGB, ... pixel after pixel. */
    private static void toHeightWidthChannel(byte[] planar, int from, byte[] hwc, int to) {
        for (int pixel = 0; pixel < PLANE; pixel++) {
            for (int c = 0; c < CHANNELS; c++) {
                hwc[to + pixel * CHANNELS + c] = planar[from + c * PLANE + pixel];
            }
        }
    }

    private static byte[] readAll(DataSource source) throws DataFileException {
        try (InputStream in = source.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw source.unreadable(e);
        }
    }
}
