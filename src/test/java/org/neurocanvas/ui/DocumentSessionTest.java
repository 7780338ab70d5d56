package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;

class DocumentSessionTest {

    @TempDir
    Path dir;

    @Test
    void theTitleNamesTheFileAndMarksUnsavedChanges() throws Exception {
        Path file = dir.resolve("spiral-mlp.json");
        ProjectIO.write(Project.empty(), file);
        DocumentSession session = new DocumentSession(ProjectIO.read(file), file);
        assertEquals("spiral-mlp.json — NeuroCanvas", session.title());

        addDense(session);
        assertEquals("spiral-mlp.json • — NeuroCanvas", session.title());
        assertEquals("spiral-mlp.json •", session.tabTitle());
        session.save();
        assertEquals("spiral-mlp.json — NeuroCanvas", session.title());
        assertTrue(ProjectIO.read(file).graph().contains("dense_1"), "the edit reached the file");
        session.stack().undo();
        assertEquals("spiral-mlp.json • — NeuroCanvas", session.title(), "undoing past the save is a change too");
    }

    @Test
    void aProjectNeverSavedIsUntitled() throws Exception {
        DocumentSession session = new DocumentSession(Project.empty(), null);
        assertEquals("Untitled — NeuroCanvas", session.title());
        assertThrows(IllegalStateException.class, session::save);
        Path file = dir.resolve("mine.json");
        session.saveAs(file);
        assertEquals(file, session.file().orElseThrow());
        assertEquals("mine.json — NeuroCanvas", session.title());
    }

    @Test
    void aSampleOpensAsAnUnsavedCopyWhoseDataStillResolvesBesideIt() throws Exception {
        Path sample = dir.resolve("keras-cifar-cnn.json");
        ProjectIO.write(Project.empty(), sample);
        String original = Files.readString(sample);
        DocumentSession session = new DocumentSession(Project.empty(), null);
        session.openCopy(sample);

        assertEquals("keras-cifar-cnn.json (copy) — NeuroCanvas", session.title());
        assertTrue(session.file().isEmpty(), "Save asks where");
        assertFalse(session.isDirty(), "an untouched copy needs no saving");
        assertEquals(dir.resolve("cifar-10-batches-bin"), session.project().resolve("cifar-10-batches-bin"));
        addDense(session);
        assertEquals("keras-cifar-cnn.json (copy) • — NeuroCanvas", session.title());
        session.saveAs(dir.resolve("mine.json"));
        assertEquals("mine.json — NeuroCanvas", session.title());
        assertEquals(original, Files.readString(sample), "the sample itself is never written");
        session.newProject();
        assertEquals("Untitled — NeuroCanvas", session.title());
    }

    @Test
    void aBrokenFileLeavesTheDocumentAlone() throws Exception {
        DocumentSession session = new DocumentSession(Project.empty(), null);
        Project before = session.project();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> session.open(broken));
        assertTrue(e.getMessage().startsWith("broken.json"), e.getMessage());
        assertSame(before, session.project());
    }

    @Test
    void listenersFollowTheDocumentAcrossNewAndOpen() {
        DocumentSession session = new DocumentSession(Project.empty(), null);
        List<String> heard = new ArrayList<>();
        session.addReplaceListener(() -> heard.add("replaced"));
        session.addChangeListener(() -> heard.add("changed"));
        CommandStack old = session.stack();
        session.newProject();
        assertEquals(List.of("replaced", "changed"), heard);
        assertFalse(session.isDirty());

        heard.clear();
        old.execute(new AddLayer(old.project().graph(), Catalog.DENSE, 0, 0, null));
        assertEquals(List.of(), heard, "a replaced stack no longer speaks");
        addDense(session);
        assertEquals(List.of("changed"), heard);
    }

    private static void addDense(DocumentSession session) {
        session.stack().execute(new AddLayer(session.project().graph(), Catalog.DENSE, 300, 200, null));
    }

    @Test
    void aRunKeptInTheHistoryIsAChangeThatSavingWritesToTheFile() throws Exception {
        Path file = dir.resolve("p.json");
        ProjectIO.write(Project.empty(), file);
        DocumentSession session = new DocumentSession(ProjectIO.read(file), file);
        List<String> told = new ArrayList<>();
        session.addChangeListener(() -> told.add(session.title()));
        org.neurocanvas.model.RunRecord run = new org.neurocanvas.model.RunRecord("2025-03-01T10:15:30Z", 1.5,
                org.neurocanvas.model.RunRecord.Outcome.FINISHED, null, 0, java.util.Map.of("optimizer", "adam"), List.of(),
                java.util.Map.of("loss", 0.5));
        session.addRun(run);
        assertTrue(session.isDirty());
        assertEquals(List.of("p.json • — NeuroCanvas"), told);
        assertFalse(session.stack().canUndo(), "a run is no edit to undo");
        session.save();
        assertFalse(session.isDirty());
        assertEquals(List.of(run), ProjectIO.read(file).history());

        session.removeRun(run);
        assertTrue(session.isDirty(), "a deleted run is a change to save");
        session.save();
        assertEquals(List.of(), ProjectIO.read(file).history());
    }
}
