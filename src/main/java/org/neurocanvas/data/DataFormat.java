package org.neurocanvas.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What kind of data a chosen file or folder holds, told from its name and, for a folder, its
 * entries, so that an import dialog and the command line read it with the right loader:
 * <ul>
 *   <li>a file named {@code *-images-idx3-ubyte} or {@code *-labels-idx1-ubyte} (maybe {@code .gz}): IDX,
 *       the other file of the pair lying beside it;</li>
 *   <li>a file ending in {@code .bin} (maybe {@code .gz}), or a folder holding {@code data_batch_N.bin} or
 *       {@code test_batch.bin}: CIFAR-10 batches;</li>
 *   <li>any other folder: images, one sub-folder per class;</li>
 *   <li>any other file: a CSV or TSV table.</li>
 * </ul>
 */
public enum DataFormat {

    CSV("a CSV or TSV table"),
    IDX("MNIST-style IDX images and labels"),
    CIFAR10("CIFAR-10 binary batches"),
    IMAGE_FOLDER("a folder of images, one sub-folder per class");

    private static final Pattern IMAGES = Pattern.compile("images([-.])idx3([-.])ubyte");
    private static final Pattern LABELS = Pattern.compile("labels([-.])idx1([-.])ubyte");
    private static final Pattern TRAINING_BATCH = Pattern.compile("data_batch_\\d+\\.bin(\\.gz)?");
    private static final Pattern TEST_BATCH = Pattern.compile("test_batch\\.bin(\\.gz)?");

    private final String description;

    DataFormat(String description) {
        this.description = description;
    }

    /** A few words for a person, e.g. "a CSV or TSV table". */
    public String description() {
        return description;
    }

    /** The format of a file or folder, from its name and (for a folder) its entries. */
    public static DataFormat of(Path chosen) {
        if (Files.isDirectory(chosen)) {
            try (Stream<Path> entries = Files.list(chosen)) {
                boolean batches = entries.map(p -> String.valueOf(p.getFileName()))
                        .anyMatch(n -> TRAINING_BATCH.matcher(n).matches() || TEST_BATCH.matcher(n).matches());
                return batches ? CIFAR10 : IMAGE_FOLDER;
            } catch (IOException e) {
                // The image folder loader names an unreadable folder in a sentence of its own.
                return IMAGE_FOLDER;
            }
        }
        String name = String.valueOf(chosen.getFileName()).toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (IMAGES.matcher(name).find() || LABELS.matcher(name).find()) {
            return IDX;
        }
        return name.endsWith(".bin") ? CIFAR10 : CSV;
    }

    /**
     * The images and labels files of an IDX pair, given either of them: "t10k-images-idx3-ubyte.gz"
     * goes with "t10k-labels-idx1-ubyte.gz" (or the same name without ".gz") in the same folder.
     *
     * @return the images file, then the labels file
     * @throws DataFileException when the name is not that of an IDX file or the other file is absent
     */
    public static Path[] idxPair(Path chosen) throws DataFileException {
        String name = String.valueOf(chosen.getFileName());
        boolean images = IMAGES.matcher(name).find();
        if (!images && !LABELS.matcher(name).find()) {
            throw new DataFileException(name + ": expected an IDX file named like '...-images-idx3-ubyte' or"
                    + " '...-labels-idx1-ubyte', found another name.");
        }
        String partner = images ? IMAGES.matcher(name).replaceFirst("labels$1idx1$2ubyte")
                : LABELS.matcher(name).replaceFirst("images$1idx3$2ubyte");
        String other = partner.endsWith(".gz") ? partner.substring(0, partner.length() - 3) : partner + ".gz";
        Path folder = chosen.toAbsolutePath().getParent();
        Path found = Files.isRegularFile(folder.resolve(partner)) ? folder.resolve(partner)
                : Files.isRegularFile(folder.resolve(other)) ? folder.resolve(other) : null;
        if (found == null) {
            throw new DataFileException(name + ": expected its " + (images ? "labels" : "images") + " file '" + partner
                    + "' beside it, found none.");
        }
        return images ? new Path[] {chosen, found} : new Path[] {found, chosen};
    }

    /**
     * The CIFAR-10 batch files a path names: the file itself, or a folder's training batches
     * ({@code data_batch_N.bin}, in order) or its {@code test_batch.bin}.
     *
     * @param test for a folder, its test batch (true) or its training batches (false)
     * @throws DataFileException when the folder holds no such file or cannot be read
     */
    public static List<Path> cifarBatches(Path path, boolean test) throws DataFileException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        Pattern wanted = test ? TEST_BATCH : TRAINING_BATCH;
        try (Stream<Path> files = Files.list(path)) {
            List<Path> batches = files.filter(f -> wanted.matcher(String.valueOf(f.getFileName())).matches()).sorted().toList();
            if (batches.isEmpty()) {
                throw new DataFileException(path.getFileName() + ": expected the CIFAR-10 file"
                        + (test ? " test_batch.bin" : "s data_batch_1.bin ... data_batch_5.bin") + " in this folder, found none.");
            }
            return batches;
        } catch (IOException e) {
            throw new DataFileException(path.getFileName() + ": expected a readable folder, found the error '"
                    + e.getMessage() + "'.", e);
        }
    }
}
