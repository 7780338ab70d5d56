package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.ProjectIO;

class TemplatesTest {

    @TempDir
    Path dir;

    @Test
    void everySampleIsATemplateDescribedByItsSizeAndItsData() {
        List<Templates.Template> templates = Templates.in(SampleProjects.FOLDER);
        assertEquals(SampleProjects.in(SampleProjects.FOLDER).size(), templates.size(), "every shipped sample reads");
        Templates.Template spiral = templates.stream().filter(t -> t.name().equals("spiral-mlp")).findFirst().orElseThrow();
        assertTrue(spiral.description().startsWith("5 layers, 4,547 params · 600 generated points, 3 classes. Points along"),
                spiral.description());
        Templates.Template autoencoder = templates.stream().filter(t -> t.name().equals("autoencoder")).findFirst().orElseThrow();
        assertTrue(autoencoder.description().contains("· Learns to give back its input: 10,000 real MNIST"), autoencoder.description());
    }

    @Test
    void aBrokenFileIsNoTemplate() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        Files.copy(NeuroCanvasApp.DEFAULT_PROJECT, dir.resolve("spiral-mlp.json"));
        assertEquals(List.of("spiral-mlp"), Templates.in(dir).stream().map(Templates.Template::name).toList());
    }

    @Test
    void aTemplateOpensAsAnUntitledProjectThatStillFindsItsData() throws Exception {
        DocumentSession session = DocumentSession.blank();
        ProjectTabs tabs = new ProjectTabs(session);
        // A template is no file of the person's: the recent list is never asked for.
        new FileActions(null, tabs, name -> UnsavedChangesPrompt.Answer.DISCARD, s -> { }, null, null)
                .openTemplate(SampleProjects.FOLDER.resolve("iris-mlp.json"));
        assertEquals(List.of(session), tabs.sessions(), "the untouched new project's tab took the template");
        assertEquals("Untitled — NeuroCanvas", session.title());
        assertTrue(session.file().isEmpty());
        assertFalse(session.isDirty());
        assertEquals(ProjectIO.read(SampleProjects.FOLDER.resolve("iris-mlp.json")).graph().nodes().size(),
                session.project().graph().nodes().size());
    }
}
