package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ProjectIO;

/** The File menu's questions and lists, without a window: no answer here needs a file chooser. */
class FileActionsTest {

    @TempDir
    Path temp;

    private final Preferences node = Preferences.userRoot().node("org/neurocanvas-test-" + UUID.randomUUID());
    private final RecentFiles recent = new RecentFiles(node);
    private final List<String> asked = new ArrayList<>();
    private final List<String> status = new ArrayList<>();

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    private Path copy(String sample) throws Exception {
        Path file = temp.resolve(sample);
        Files.copy(SampleProjects.FOLDER.resolve(sample), file);
        return file;
    }

    private FileActions files(ProjectTabs tabs, UnsavedChangesPrompt.Answer... answers) {
        List<UnsavedChangesPrompt.Answer> queue = new ArrayList<>(List.of(answers));
        return new FileActions(null, tabs, name -> {
            asked.add(name);
            return queue.remove(0);
        }, status::add, recent, null);
    }

    @Test
    void closingTheWindowAsksAboutEachDirtyTabAndSavesWhereTold() throws Exception {
        Path spiral = copy("spiral-mlp.json");
        ProjectTabs tabs = new ProjectTabs(DocumentSession.blank());
        FileActions files = files(tabs, UnsavedChangesPrompt.Answer.SAVE, UnsavedChangesPrompt.Answer.CANCEL);
        files.open(spiral);
        files.open(copy("iris-mlp.json"));
        files.newProject();
        for (DocumentSession s : tabs.sessions().subList(0, 2)) {
            s.stack().execute(new ChangeSetting("dense_1", "units", 8));
        }
        assertFalse(files.mayDiscardAll(), "cancelled at the iris");
        assertEquals(List.of("spiral-mlp.json", "iris-mlp.json"), asked, "the clean new project is not asked about");
        assertEquals(8, ProjectIO.read(spiral).graph().node("dense_1").intSetting("units"), "the spiral was saved");
        assertSame(tabs.sessions().get(1), tabs.selected(), "the tab asked about is shown");
    }

    @Test
    void openedAndSavedFilesAreRecentAndAMovedOneSaysSo() throws Exception {
        Path spiral = copy("spiral-mlp.json");
        Path iris = copy("iris-mlp.json");
        ProjectTabs tabs = new ProjectTabs(DocumentSession.blank());
        FileActions files = files(tabs);
        files.open(iris);
        files.open(spiral);
        files.open(iris);
        assertEquals(2, tabs.sessions().size(), "the iris was open already");
        assertEquals(List.of(iris.toAbsolutePath(), spiral.toAbsolutePath()), files.recentFiles());

        Files.delete(spiral);
        status.clear();
        files.openRecent(spiral);
        assertEquals(List.of("spiral-mlp.json is no longer at " + spiral.toAbsolutePath()
                + ": it was moved or deleted. Open Recent > Clear List forgets it."), status);
        assertEquals(2, files.recentFiles().size(), "listed until the list is cleared");
        files.clearRecent();
        assertEquals(List.of(), files.recentFiles());
    }

    @Test
    void aTabWhoseProjectTrainsStaysOpen() throws Exception {
        ProjectTabs tabs = new ProjectTabs(DocumentSession.blank());
        FileActions files = files(tabs);
        files.open(copy("spiral-mlp.json"));
        tabs.setBusy(tabs.selected());
        assertFalse(files.close(tabs.selected()));
        assertEquals("Stop the training of spiral-mlp.json before closing its tab.", status.get(status.size() - 1));
        tabs.setBusy(null);
        assertTrue(files.close(tabs.selected()));
        assertTrue(tabs.selected().isBlank());
    }
}
