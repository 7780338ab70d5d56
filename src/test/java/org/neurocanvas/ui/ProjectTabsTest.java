package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;

class ProjectTabsTest {

    @TempDir
    Path temp;

    private final List<String> events = new ArrayList<>();

    private Path spiral() throws Exception {
        Path copy = temp.resolve("spiral-mlp.json");
        if (!Files.exists(copy)) {
            Files.copy(NeuroCanvasApp.DEFAULT_PROJECT, copy);
        }
        return copy;
    }

    private ProjectTabs listened(ProjectTabs tabs) {
        tabs.addOpenListener(s -> events.add("open " + s.displayName()));
        tabs.addSelectListener(s -> events.add("select " + s.displayName()));
        tabs.addCloseListener(s -> events.add("close " + s.displayName()));
        return tabs;
    }

    @Test
    void anUntouchedNewProjectGivesItsTabToTheProjectOpenedNext() throws Exception {
        DocumentSession blank = DocumentSession.blank();
        ProjectTabs tabs = listened(new ProjectTabs(blank));
        assertSame(blank, tabs.open(spiral()));
        assertEquals(1, tabs.sessions().size());
        assertEquals("spiral-mlp.json", blank.displayName());
        assertEquals(List.of(), events, "no tab opened or changed");

        DocumentSession next = tabs.newProject();
        assertNotSame(blank, next);
        assertSame(next, tabs.newProject(), "a second New keeps the untouched new project it has");
        assertEquals(List.of("open Untitled", "select Untitled"), events);
    }

    @Test
    void aNewProjectEditedAndUndoneIsNoLongerUntouched() throws Exception {
        DocumentSession blank = DocumentSession.blank();
        ProjectTabs tabs = new ProjectTabs(blank);
        blank.stack().execute(new ChangeSetting("output_1", "loss", blank.project().graph().node("output_1").setting("loss")));
        blank.stack().undo();
        assertFalse(blank.isDirty());
        assertFalse(blank.isBlank(), "its redo is still worth keeping");
        Path spiral = spiral();
        tabs.load(s -> s.openCopy(spiral));
        assertEquals(2, tabs.sessions().size());
        assertEquals("spiral-mlp.json (copy)", tabs.selected().displayName());
    }

    @Test
    void aFileAlreadyOpenIsSelectedNotOpenedTwice() throws Exception {
        ProjectTabs tabs = listened(new ProjectTabs(new DocumentSession(ProjectIO.read(spiral()), spiral())));
        DocumentSession other = tabs.newProject();
        assertSame(tabs.sessions().get(0), tabs.open(temp.resolve(".").resolve("spiral-mlp.json")));
        assertEquals(2, tabs.sessions().size());
        assertSame(tabs.sessions().get(0), tabs.selected());
        assertEquals(List.of("open Untitled", "select Untitled", "select spiral-mlp.json"), events);
        assertSame(other, tabs.sessions().get(1));
    }

    @Test
    void aBadFileChangesNoTab() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        DocumentSession first = new DocumentSession(ProjectIO.read(spiral()), spiral());
        ProjectTabs tabs = listened(new ProjectTabs(first));
        assertThrows(ProjectFileException.class, () -> tabs.open(bad));
        assertEquals(List.of(first), tabs.sessions());
        assertEquals(List.of(), events);
    }

    @Test
    void closingSelectsTheNextTabElseThePreviousAndTheLastLeavesANewProject() throws Exception {
        Path spiral = spiral();
        ProjectTabs tabs = new ProjectTabs(new DocumentSession(ProjectIO.read(spiral), spiral));
        DocumentSession a = tabs.sessions().get(0);
        DocumentSession b = tabs.load(s -> s.openCopy(spiral));
        DocumentSession c = tabs.load(s -> s.openTemplate(spiral));
        tabs.select(b);
        tabs.close(b);
        assertSame(c, tabs.selected(), "the next tab");
        tabs.close(c);
        assertSame(a, tabs.selected(), "no next: the previous");
        listened(tabs);
        tabs.close(a);
        assertEquals(1, tabs.sessions().size());
        assertTrue(tabs.selected().isBlank());
        assertEquals(List.of("open Untitled", "select Untitled", "close spiral-mlp.json"), events);
    }

    @Test
    void eachTabKeepsItsOwnRecoveryCopyAndClosingOneDeletesIt() throws Exception {
        Path folder = temp.resolve("recovery");
        ProjectTabs tabs = new ProjectTabs(DocumentSession.blank());
        tabs.startAutosave(folder, events::add);
        DocumentSession first = tabs.selected();
        first.stack().execute(new ChangeSetting("output_1", "loss", first.project().graph().node("output_1").setting("loss")));
        DocumentSession second = tabs.newProject();
        second.stack().execute(new ChangeSetting("output_1", "loss", second.project().graph().node("output_1").setting("loss")));
        assertEquals(2, tabs.tickAutosave());
        assertEquals(folder.resolve("untitled.json"), tabs.recoveryFile(first).orElseThrow());
        assertEquals(folder.resolve("untitled-2.json"), tabs.recoveryFile(second).orElseThrow());
        assertEquals(0, tabs.tickAutosave(), "nothing changed since");

        tabs.close(first);
        assertFalse(Files.exists(folder.resolve("untitled.json")), "the person answered for the closed tab's changes");
        assertTrue(Files.exists(folder.resolve("untitled-2.json")));
        DocumentSession third = tabs.newProject();
        assertEquals(folder.resolve("untitled.json"), tabs.recoveryFile(third).orElseThrow(), "a free name is used again");
        assertEquals(List.of(), events, "no write failed");
    }
}
