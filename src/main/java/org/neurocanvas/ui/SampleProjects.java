package org.neurocanvas.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/** The sample projects that ship in {@code samples/}, as File > Open Sample lists them. */
public final class SampleProjects {

    private static final String FOLDER_NAME = "samples";
    private static final String EXTENSION = ".json";

    /**
     * Where the samples lie: in the working directory, as in the project's own folder; else beside the
     * application's jar or classes, or in a folder above them, for a start from a launcher or elsewhere.
     */
    public static final Path FOLDER = find(Path.of("").toAbsolutePath(), codeLocation());
    /** The data files of the samples, such as {@code iris.csv}. */
    public static final Path DATA = FOLDER.resolve("data");

    private SampleProjects() {
    }

    /**
     * The first {@code samples} folder holding project files: in {@code workingDirectory}, then in
     * {@code code} (a classes folder) and each folder above it; {@code workingDirectory/samples} when none does.
     *
     * @param code the jar or classes folder the application runs from, or null when unknown
     */
    static Path find(Path workingDirectory, Path code) {
        Path here = workingDirectory.resolve(FOLDER_NAME);
        if (!in(here).isEmpty()) {
            return here;
        }
        for (Path dir = code; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FOLDER_NAME);
            if (!in(candidate).isEmpty()) {
                return candidate;
            }
        }
        return here;
    }

    private static Path codeLocation() {
        CodeSource source = SampleProjects.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
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
