package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.editor.CanvasGeometry;
import org.neurocanvas.ui.editor.NodeView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Open…, Save, Save As…, Open Recent and Export Canvas through the real window's menus and keys,
 * and the copy kept aside on the clock. A headless window cannot show the platform's file dialog, so the test answers
 * it, as a person would pick a file.
 */
@ExtendWith(ApplicationExtension.class)
class FilesWindowTest {

    @TempDir
    Path temp;

    // A list of its own, so that the test neither reads nor spoils the person's Open Recent.
    private final Preferences recent = Preferences.userRoot().node("org/neurocanvas-test-" + UUID.randomUUID());
    /** The files the person picks in the file dialog, in turn. */
    private final Deque<Path> picks = new ArrayDeque<>();
    /** What each file dialog offered: "open in <folder>" or "save <name> in <folder>". */
    private final List<String> asked = new ArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FileDialogs person = new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, Kind kind, Path folder) {
                asked.add("open in " + folder.getFileName());
                return Optional.ofNullable(picks.poll());
            }

            @Override
            public Optional<Path> save(Window owner, String title, Kind kind, Path folder, String fileName) {
                asked.add("save " + fileName + (folder == null ? "" : " in " + folder.getFileName()));
                return Optional.ofNullable(picks.poll());
            }
        };
        window = new MainWindow(stage, DocumentSession.blank(), name -> UnsavedChangesPrompt.Answer.DISCARD, new RecentFiles(recent), person);
        stage.setWidth(1240);
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        recent.removeNode();
    }

    @Test
    void saveAsWritesTheProjectWhereChosenAndSaveThenWritesThereWithoutAsking(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openSample(SampleProjects.FOLDER.resolve("spiral-mlp.json")));
        robot.interact(() -> window.editor().changeSetting("dense_1", "units", 16));
        assertEquals(List.of("spiral-mlp.json (copy) •"), tabTitles(robot));

        Path mine = temp.resolve("mine.json");
        picks.add(mine);
        robot.clickOn("File").clickOn("Save As…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("save spiral-mlp.json in samples"), asked, "an untitled copy of a sample is offered under the sample's name");
        assertEquals(16, ProjectIO.read(mine).graph().node("dense_1").intSetting("units"));
        assertEquals(List.of("mine.json"), tabTitles(robot), "the tab takes the file's name, and the changes are saved");
        assertEquals("Saved mine.json.", window.status().text());

        robot.interact(() -> window.editor().changeSetting("dense_1", "units", 32));
        assertEquals(List.of("mine.json •"), tabTitles(robot));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, asked.size(), "a project with a file is saved without a question");
        assertEquals(32, ProjectIO.read(mine).graph().node("dense_1").intSetting("units"));
        assertEquals(List.of("mine.json"), tabTitles(robot));
    }

    @Test
    void openShowsTheChosenFileInATabAndOpenRecentBringsItBackAfterItWasClosed(FxRobot robot) throws Exception {
        Path iris = Files.copy(SampleProjects.FOLDER.resolve("iris-mlp.json"), temp.resolve("flowers.json"));
        picks.add(iris);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("open in samples"), asked, "with no file yet, the dialog starts among the samples");
        assertEquals(List.of("flowers.json"), tabTitles(robot), "the untouched new project's tab took the file");
        assertEquals("Opened flowers.json.", window.status().text());
        assertTrue(window.editor().graph().contains("dense_1"));

        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#project-tabs .tab:first-child");
        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertEquals(List.of("Untitled"), tabTitles(robot), "flowers.json is closed");
        robot.clickOn("File").clickOn("Open Recent").clickOn("flowers.json");
        assertEquals(List.of("flowers.json"), tabTitles(robot), "and back from Open Recent, in the untouched new project's tab");
    }

    @Test
    void aFileThatIsNoProjectIsNamedWithWhatWasWrongAndNoTabOpens(FxRobot robot) throws Exception {
        Path broken = Files.writeString(temp.resolve("notes.json"), "{ \"format\": \"neurocanvas-project\", \"version\": ");
        picks.add(broken);
        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Untitled"), tabTitles(robot));
        assertTrue(window.status().text().startsWith("notes.json line 1, column 47: "), "the file and where it breaks off: " + window.status().text());
    }

    @Test
    void anEditIsCopiedAsideOnTheClockAndSavingTakesTheCopyAway(FxRobot robot) throws Exception {
        Path recovery = temp.resolve("recovery");
        robot.interact(() -> window.startAutosave(recovery, found -> false, Duration.ofMillis(200)));
        robot.interact(() -> window.files().openSample(SampleProjects.FOLDER.resolve("spiral-mlp.json")));
        double x = window.editor().graph().node("dense_1").x();
        robot.clickOn(robot.lookup("#dense_1").queryAs(NodeView.class).card());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Autosave.found(recovery).size() == 1);
        Path copy = Autosave.found(recovery).get(0).file();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ProjectIO.read(copy).graph().node("dense_1").x() == x + 10);

        picks.add(temp.resolve("kept.json"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Autosave.found(recovery).isEmpty());
        assertEquals(x + 10, ProjectIO.read(temp.resolve("kept.json")).graph().node("dense_1").x(), "saved, nothing is left to recover");
    }

    @Test
    void theCanvasIsExportedFromTheFileMenuAsAPictureAndADrawingWhereChosen(FxRobot robot) throws Exception {
        picks.add(temp.resolve("slide.png"));
        robot.clickOn("File").clickOn("Export Canvas as PNG…");
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage picture = ImageIO.read(temp.resolve("slide.png").toFile());
        assertTrue(picture.getWidth() > 2 * CanvasGeometry.CARD_WIDTH, "both cards, at twice their size: " + picture.getWidth());
        assertEquals("Exported the canvas to slide.png.", window.status().text());

        picks.add(temp.resolve("paper.svg"));
        robot.clickOn("File").clickOn("Export Canvas as SVG…");
        WaitForAsyncUtils.waitForFxEvents();
        String drawing = Files.readString(temp.resolve("paper.svg"));
        assertTrue(drawing.contains("<svg") && drawing.contains(">input_1<") && drawing.contains(">output_1<"), drawing);
        assertEquals(List.of("save untitled.png", "save untitled.svg"), asked, "under the project's name; an untitled project has no folder");
    }

    private List<String> tabTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#project-tabs").queryAs(TabPane.class).getTabs().stream().map(Tab::getText).toList();
    }
}
