package org.neurocanvas.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads a folder with one sub-folder per class, each holding PNG, JPEG, BMP or GIF images, into a
 * byte-backed data set of samples height x width x channels (pixels read as byte/255).
 *
 * <p>Class folders are taken in alphabetical order, which gives the class indices; hidden files and
 * folders and files of other types are ignored. Every image is resized to the chosen size (its
 * aspect ratio is not kept) and turned into greyscale or RGB; transparent pixels become black. An
 * image that does not decode is skipped and listed in the {@link Result}, not fatal.
 */
public final class ImageFolderLoader {

    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");
    private static final int MAX_SIDE = 4096;

    /** The channels of each sample. */
    public enum Color {
        /** One channel: luma, 0.299 R + 0.587 G + 0.114 B. */
        GREYSCALE(1),
        /** Three channels, red, green, blue. */
        RGB(3);

        private final int channels;

        Color(int channels) {
            this.channels = channels;
        }

        /** The number of channels: 1 or 3. */
        public int channels() {
            return channels;
        }
    }

    /**
     * What the loader read.
     *
     * @param dataset the decoded images
     * @param skipped the images that did not decode, as "class folder/file name"
     */
    public record Result(Dataset dataset, List<String> skipped) {

        /** Copies the list. */
        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    private ImageFolderLoader() {
    }

    /**
     * Loads every image of every class folder, resized to width x height.
     *
     * @throws DataFileException when the folder is missing or has no class folders, or a class
     *                           folder has no image that decodes
     * @throws IllegalArgumentException naming the setting when width or height is outside 1..4096
     */
    public static Result load(Path folder, int width, int height, Color color) throws DataFileException {
        checkSide("width", width);
        checkSide("height", height);
        List<Path> classFolders = classFolders(folder);
        List<List<Path>> files = new ArrayList<>();
        long total = 0;
        for (Path classFolder : classFolders) {
            List<Path> images = images(classFolder);
            if (images.isEmpty()) {
                throw new DataFileException(folder.getFileName() + "/" + classFolder.getFileName()
                        + ": expected PNG, JPEG, BMP or GIF images in this class folder, found none.");
            }
            files.add(images);
            total += images.size();
        }
        int sampleSize = width * height * color.channels();
        if (total * sampleSize > Integer.MAX_VALUE) {
            throw new DataFileException(folder.getFileName() + ": expected at most " + Integer.MAX_VALUE / sampleSize
                    + " images of " + width + " x " + height + " x " + color.channels() + ", found " + total + ".");
        }
        byte[] pixels = new byte[(int) total * sampleSize];
        int[] labels = new int[(int) total];
        List<String> skipped = new ArrayList<>();
        int sample = 0;
        for (int c = 0; c < classFolders.size(); c++) {
            int before = sample;
            for (Path file : files.get(c)) {
                String shown = classFolders.get(c).getFileName() + "/" + file.getFileName();
                BufferedImage image = decode(file);
                if (image == null) {
                    skipped.add(shown);
                    continue;
                }
                ImagePixels.write(ImagePixels.resize(image, width, height), color.channels(), pixels,
                        sample * sampleSize);
                labels[sample++] = c;
            }
            if (sample == before) {
                throw new DataFileException(folder.getFileName() + "/" + classFolders.get(c).getFileName()
                        + ": expected images that decode in this class folder, found none of its "
                        + files.get(c).size() + " files.");
            }
        }
        List<String> names = classFolders.stream().map(p -> String.valueOf(p.getFileName())).toList();
        Features features = new Features.Bytes(Arrays.copyOf(pixels, sample * sampleSize), 1f / 255, sampleSize);
        Dataset dataset = new Dataset(String.valueOf(folder.getFileName()), features,
                new int[] {height, width, color.channels()}, Arrays.copyOf(labels, sample), names.size(), names);
        return new Result(dataset, skipped);
    }

    /**
     * The size and colour of the folder's first image that decodes (in class and name order), for a
     * person choosing the size to load at: {height, width, 1 for greyscale or 3 for colour}.
     *
     * @throws DataFileException as {@link #load}, and when no image of the folder decodes
     */
    static int[] firstImageShape(Path folder) throws DataFileException {
        for (Path classFolder : classFolders(folder)) {
            for (Path file : images(classFolder)) {
                BufferedImage image = decode(file);
                if (image != null) {
                    int channels = image.getColorModel().getNumColorComponents() == 1 ? 1 : 3;
                    return new int[] {image.getHeight(), image.getWidth(), channels};
                }
            }
        }
        throw new DataFileException(folder.getFileName() + ": expected PNG, JPEG, BMP or GIF images that decode in its"
                + " class folders, found none.");
    }

    private static void checkSide(String setting, int value) {
        if (value < 1 || value > MAX_SIDE) {
            throw new IllegalArgumentException("Setting '" + setting + "' of an image folder must be from 1 to "
                    + MAX_SIDE + ", found " + value + ".");
        }
    }

    private static List<Path> classFolders(Path folder) throws DataFileException {
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(folder.getFileName() + ": expected a folder with one sub-folder per class,"
                    + " found " + (Files.exists(folder) ? "a file" : "nothing at " + folder) + ".");
        }
        List<Path> classFolders = list(folder, Files::isDirectory);
        if (classFolders.isEmpty()) {
            throw new DataFileException(folder.getFileName() + ": expected one sub-folder of images per class,"
                    + " found none.");
        }
        return classFolders;
    }

    private static List<Path> images(Path classFolder) throws DataFileException {
        return list(classFolder, file -> Files.isRegularFile(file) && EXTENSIONS.contains(extension(file)));
    }

    /** The visible entries that pass the filter, sorted by name. */
    private static List<Path> list(Path folder, Predicate<Path> filter) throws DataFileException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new DataFileException(folder.getFileName() + ": expected a readable folder, found the error '"
                    + e.getMessage() + "'.", e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The image, or null when ImageIO cannot decode it. */
    private static BufferedImage decode(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            // Broken files throw all kinds of runtime exceptions inside the codecs: skip them alike.
            return null;
        }
    }
}
