package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.Edge;
import org.neurocanvas.ui.editor.NetworkSketch;
import org.neurocanvas.ui.editor.NodeView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless, with several projects open in tabs. */
@ExtendWith(ApplicationExtension.class)
class ProjectTabsWindowTest {

    private static final Path SPIRAL = SampleProjects.FOLDER.resolve("spiral-mlp.json");
    private static final Path IRIS = SampleProjects.FOLDER.resolve("iris-mlp.json");

    // A list of its own, so that the test neither reads nor spoils the person's Open Recent.
    private final Preferences recent = Preferences.userRoot().node("org/neurocanvas-test-" + UUID.randomUUID());
    private final List<String> asked = new ArrayList<>();
    private UnsavedChangesPrompt.Answer answer = UnsavedChangesPrompt.Answer.CANCEL;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, DocumentSession.blank(), name -> {
            asked.add(name);
            return answer;
        }, new RecentFiles(recent));
        stage.setWidth(1240);
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        recent.removeNode();
    }

    @Test
    void twoSamplesInTwoTabsEachUndoingItsOwnEditsWithTheClipboardBetweenThem(FxRobot robot) {
        robot.interact(() -> window.files().openSample(SPIRAL));
        robot.interact(() -> window.files().openSample(IRIS));
        List<DocumentSession> open = window.tabs().sessions();
        assertEquals(2, open.size(), "the spiral took the untouched new project's tab, the iris a tab of its own");
        DocumentSession spiral = open.get(0);
        DocumentSession iris = open.get(1);
        assertEquals(List.of("spiral-mlp.json (copy)", "iris-mlp.json (copy)"), tabTitles(robot));
        assertSame(iris, window.editor().session(), "the window speaks of the tab just opened");

        robot.clickOn(card("dense_1", robot));
        robot.push(KeyCode.DELETE);
        assertFalse(iris.project().graph().contains("dense_1"));
        assertEquals(List.of("spiral-mlp.json (copy)", "iris-mlp.json (copy) •"), tabTitles(robot));
        assertEquals("iris-mlp.json (copy) • — NeuroCanvas", window.stage().getTitle());

        robot.clickOn("spiral-mlp.json (copy)");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(spiral, window.editor().session());
        assertEquals("spiral-mlp.json (copy) — NeuroCanvas", window.stage().getTitle());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(iris.project().graph().contains("dense_1"), "the spiral's tab has nothing to undo, and the iris's edit is not its own");
        assertFalse(spiral.isDirty());

        robot.clickOn(card("dense_3", robot));
        robot.push(KeyCode.CONTROL, KeyCode.C);
        robot.clickOn("iris-mlp.json (copy) •");
        WaitForAsyncUtils.waitForFxEvents();
        int before = iris.project().graph().nodes().size();
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertEquals(before + 1, iris.project().graph().nodes().size(), "the spiral's layer pasted into the iris");
        assertEquals(5, spiral.project().graph().nodes().size());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, iris.project().graph().nodes().size(), "the first undo takes the paste back");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(iris.project().graph().contains("dense_1"), "the second undo brings back the deleted layer");
        assertEquals(List.of("spiral-mlp.json (copy)", "iris-mlp.json (copy)"), tabTitles(robot), "undone back to the file: clean");
    }

    @Test
    void closingADirtyTabAsksAndTheLastTabClosedLeavesANewProject(FxRobot robot) {
        robot.interact(() -> window.files().openSample(SPIRAL));
        robot.interact(() -> window.files().openSample(IRIS));
        DocumentSession iris = window.tabs().selected();
        robot.interact(() -> window.editor().execute(new ChangeSetting("dense_1", "units", 8)));

        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertEquals(List.of("iris-mlp.json (copy)"), asked);
        assertEquals(2, tabTitles(robot).size(), "cancelled: the tab stays");
        assertSame(iris, window.tabs().selected());

        answer = UnsavedChangesPrompt.Answer.DISCARD;
        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertEquals(List.of("spiral-mlp.json (copy)"), tabTitles(robot));
        assertEquals("spiral-mlp.json (copy) — NeuroCanvas", window.stage().getTitle());

        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertEquals(2, asked.size(), "a clean tab closes without a question");
        assertEquals(List.of("Untitled"), tabTitles(robot));
        assertTrue(window.tabs().selected().isBlank());
    }

    @Test
    void aRunKeepsItsProjectLockedWhileAnotherTabIsEdited(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openSample(SPIRAL));
        robot.interact(() -> window.files().openSample(IRIS));
        DocumentSession spiral = window.tabs().sessions().get(0);
        DocumentSession iris = window.tabs().sessions().get(1);
        robot.clickOn("spiral-mlp.json (copy)");
        robot.clickOn("#train");
        LineChart<?, ?> loss = robot.lookup("#loss-chart").queryAs(LineChart.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !loss.getData().get(0).getData().isEmpty());

        robot.clickOn("iris-mlp.json (copy)");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.editor().isLocked(), "the iris is free to edit");
        assertTrue(window.tabOf(spiral).editor().isLocked(), "the spiral stays locked while its run goes on");
        assertNotNull(window.tabOf(spiral).tab().getGraphic(), "its tab is marked as the one training");
        assertTrue(window.status().text().startsWith("The run of spiral-mlp.json (copy) goes on"), window.status().text());
        robot.interact(() -> assertFalse(window.files().close(spiral)));
        assertEquals("Stop the training of spiral-mlp.json (copy) before closing its tab.", window.status().text());

        // Stop is on the spiral's dashboard, with its run.
        robot.clickOn("spiral-mlp.json (copy)");
        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.training().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.tabOf(spiral).editor().isLocked());
        assertNull(window.tabOf(spiral).tab().getGraphic());
        assertEquals(1, spiral.project().history().size(), "the run is kept in the history of the project it trained");
        assertEquals(0, iris.project().history().size());
        robot.interact(() -> window.tabs().select(spiral));
        robot.interact(() -> window.tabs().select(iris));
        assertEquals(window.editor().healthSentence(), window.status().text(), "the iris's dashboard is its own: nothing to explain");
        assertTrue(window.training().lossChart().getData().get(0).getData().isEmpty(), "the spiral's curves stay in its tab");
    }

    @Test
    void afterACrashTheRealQuestionOffersBothTabsAndRestoreBringsThemBackUnsaved(FxRobot robot) throws Exception {
        Path folder = crashWithTwoUnsavedTabs();
        askAtStart(folder, robot);
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Restore the unsaved changes to 2 untitled projects?", question.getHeaderText(), "one question for both");
        robot.clickOn("Restore");
        assertEquals(List.of("Untitled •", "Untitled •"), tabTitles(robot), "copies of samples belong to no file");
        Set<Integer> units = window.tabs().sessions().stream().map(s -> s.project().graph().node("dense_1").intSetting("units"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(16, 8), units, "each with its own changes");
        assertEquals("Restored the unsaved changes to 2 untitled projects: save them to keep them.", window.status().text());
    }

    @Test
    void discardingTheChangesACrashLeftDeletesTheirCopiesAndOpensNothing(FxRobot robot) throws Exception {
        Path folder = crashWithTwoUnsavedTabs();
        List<String> before = tabTitles(robot);
        askAtStart(folder, robot);
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, tabTitles(robot));
        assertEquals(List.of(), Autosave.found(folder), "the copies are gone: the question is not asked again");
        assertEquals("The unsaved changes to 2 untitled projects were discarded.", window.status().text());
    }

    // The recovery folder of a session that crashed with two unsaved copies of samples open, each edited.
    private static Path crashWithTwoUnsavedTabs() throws Exception {
        Path folder = Files.createTempDirectory("neurocanvas-recovery");
        ProjectTabs crashed = new ProjectTabs(DocumentSession.blank());
        crashed.startAutosave(folder, message -> { });
        crashed.load(s -> s.openCopy(SPIRAL)).stack().execute(new ChangeSetting("dense_1", "units", 16));
        crashed.load(s -> s.openCopy(IRIS)).stack().execute(new ChangeSetting("dense_1", "units", 8));
        assertEquals(2, crashed.tickAutosave());
        return folder;
    }

    // Starts autosave as the app does at start, with the app's own question, and waits for the question to show.
    private void askAtStart(Path folder, FxRobot robot) throws Exception {
        Platform.runLater(() -> window.startAutosave(folder, found -> Dialogs.askRestore(window.stage(), found)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
    }

    private List<String> tabTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#project-tabs").queryAs(TabPane.class).getTabs().stream().map(Tab::getText).toList();
    }

    // Only the selected tab's canvas: the other tabs hold cards with the same names.
    private Node card(String layer, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(window.selectedTab().tab().getContent()).lookup("#" + layer).queryAs(NodeView.class).card();
    }

    @Test
    void eachTemplateShowsItsNetworkDrawnSmallAndADoubleClickOpensItAsANewProject(FxRobot robot) {
        robot.clickOn("File").clickOn("New from Template…");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Templates.Template> list = robot.lookup("#templates").queryListView();
        Templates.Template resnet = list.getItems().stream().filter(t -> t.name().equals("resnet-block")).findFirst().orElseThrow();
        robot.interact(() -> list.scrollTo(resnet));
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> cell = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> resnet.equals(c.getItem())).findFirst().orElseThrow();
        NetworkSketch sketch = robot.from(cell).lookup("." + NetworkSketch.STYLE_CLASS).queryAs(NetworkSketch.class);
        // A block for each of its ten layers and a line for each of its ten wires, all inside the sketch.
        assertEquals(10, robot.from(sketch).lookup("." + NetworkSketch.CARD_CLASS).queryAll().size());
        assertEquals(10, robot.from(sketch).lookup("." + NetworkSketch.WIRE_CLASS).queryAll().size());
        Bounds room = sketch.getLayoutBounds();
        for (Node part : sketch.getChildrenUnmodifiable()) {
            assertTrue(room.contains(part.getBoundsInParent()), part + " lies inside the sketch " + room);
        }

        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        DocumentSession opened = window.tabs().selected();
        assertEquals(1, window.tabs().sessions().size(), "in the untouched new project's tab");
        assertTrue(opened.file().isEmpty(), "untitled: Save asks where to keep it");
        assertTrue(opened.project().graph().edges().contains(new Edge("conv2d_1", "add_1")), "resnet-block's skip");
        assertTrue(robot.lookup("#conv2d_3").tryQuery().isPresent(), "its cards are on the canvas");
    }
}
