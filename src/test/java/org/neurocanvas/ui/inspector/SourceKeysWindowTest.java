package org.neurocanvas.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.RecentFiles;
import org.neurocanvas.ui.SampleProjects;
import org.neurocanvas.ui.UnsavedChangesPrompt;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Stepping through the data sources with the arrow keys: found building digits-cnn by hand, where each
 * source change rebuilt the data fields, the Source drop-down lost focus and the next arrow switched the project tab.
 */
@ExtendWith(ApplicationExtension.class)
class SourceKeysWindowTest {

    private final Preferences recent = Preferences.userRoot().node("org/neurocanvas-test-" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, DocumentSession.blank(), name -> UnsavedChangesPrompt.Answer.DISCARD, new RecentFiles(recent));
        stage.setWidth(1215);
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        recent.removeNode();
    }

    @Test
    void twoArrowKeysMoveTheSourceTwoStepsAndKeepTheTab(FxRobot robot) {
        robot.interact(() -> window.files().openSample(SampleProjects.FOLDER.resolve("spiral-mlp.json")));
        robot.interact(() -> window.files().openSample(SampleProjects.FOLDER.resolve("iris-mlp.json")));
        TabPane tabs = robot.lookup("#project-tabs").queryAs(TabPane.class);
        // The first tab: a lost focus would let the arrow key move on to the iris tab.
        robot.interact(() -> tabs.getSelectionModel().select(0));
        int spiralTab = tabs.getSelectionModel().getSelectedIndex();
        DocumentSession spiral = window.editor().session();
        assertEquals("spiral", spiral.project().data().source());
        robot.interact(() -> window.editor().selection().clear());

        robot.interact(() -> source(robot).requestFocus());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);

        assertEquals("circles", spiral.project().data().source(), "spiral, moons, circles: two steps");
        assertEquals(spiralTab, tabs.getSelectionModel().getSelectedIndex(), "the arrow keys stay in the Source drop-down");
        assertSame(spiral, window.editor().session());
        assertTrue(source(robot).isFocused(), "the Source drop-down keeps the focus for the next key");
    }

    private Node source(FxRobot robot) {
        return robot.from(window.selectedTab().inspector()).lookup("#" + InspectorView.SOURCE_ID).query();
    }
}
