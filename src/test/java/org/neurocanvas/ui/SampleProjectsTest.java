package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectsTest {

    @Test
    void theShippedSamplesAreListedByName() {
        List<String> names = SampleProjects.in(SampleProjects.FOLDER).stream().map(SampleProjects::name).toList();
        assertTrue(names.containsAll(List.of("iris-mlp", "digits-cnn", "mnist-cnn", "fashion-mnist-cnn", "keras-cifar-cnn",
                "lenet5", "spiral-mlp")), names.toString());
    }

    @Test
    void onlyProjectFilesInOrderAndNothingWithoutAFolder(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("b.json"), "{}");
        Files.writeString(folder.resolve("a.json"), "{}");
        Files.writeString(folder.resolve("notes.md"), "");
        Files.createDirectories(folder.resolve("data.json"));
        assertEquals(List.of(folder.resolve("a.json"), folder.resolve("b.json")), SampleProjects.in(folder));
        assertEquals(List.of(), SampleProjects.in(folder.resolve("missing")));
    }
}
