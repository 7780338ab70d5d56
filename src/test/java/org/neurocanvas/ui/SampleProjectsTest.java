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

    /** Started from a launcher, or from /tmp, a helper found File > Open Sample greyed out: the samples lay elsewhere. */
    @Test
    void samplesAreFoundBesideTheJarOrAboveItWhenTheWorkingDirectoryHasNone(@TempDir Path root) throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("tmp"));
        Path app = Files.createDirectories(root.resolve("opt/neurocanvas"));
        Path samples = Files.createDirectories(app.resolve("samples"));
        Files.writeString(samples.resolve("spiral-mlp.json"), "{}");
        Path jar = Files.writeString(app.resolve("neurocanvas.jar"), "");
        assertEquals(samples, SampleProjects.find(elsewhere, jar), "beside the jar");
        assertEquals(samples, SampleProjects.find(elsewhere, Files.createDirectories(app.resolve("lib/classes"))), "above the classes");
        assertEquals(samples, SampleProjects.find(app, null), "in the working directory");
        assertEquals(elsewhere.resolve("samples"), SampleProjects.find(elsewhere, elsewhere), "none: where they used to be looked for");
    }

    @Test
    void theWorkingDirectorysSamplesComeFirst(@TempDir Path root) throws Exception {
        Path mine = Files.createDirectories(root.resolve("work/samples"));
        Files.writeString(mine.resolve("a.json"), "{}");
        Path theirs = Files.createDirectories(root.resolve("app/samples"));
        Files.writeString(theirs.resolve("b.json"), "{}");
        assertEquals(mine, SampleProjects.find(root.resolve("work"), root.resolve("app/neurocanvas.jar")));
    }
}
