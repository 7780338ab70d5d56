package org.neurocanvas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample projects that ship in {@code samples/}, as File > Open Sample lists them. */
public final class SampleProjects {

    /** Where the samples lie, relative to the working directory, as the application is started. */
    public static final Path FOLDER = Path.of("samples");
    private static final String EXTENSION = ".json";

    private SampleProjects() {
    }

    /** Every project file in {@code folder}, sorted by name; none when the folder is missing or unreadable. */
    public static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The name a sample goes by: {@code spiral-mlp} for {@code samples/spiral-mlp.json}. */
    public static String name(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }
}
