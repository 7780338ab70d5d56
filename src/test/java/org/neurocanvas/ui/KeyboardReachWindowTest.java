package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.ui.editor.NodeView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole main window from the keyboard, on the spiral sample: Tab reaches every part of it, and every
 * control that takes the keyboard has a name a screen reader can say, on each tab of the dashboard.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardReachWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SpiralWindow.show(stage, 1240, 780);
    }

    @Test
    void tabWalksTheLayersThenTheInspectorThePaletteAndTheDashboardRoundToTheCanvas(FxRobot robot) {
        robot.clickOn(robot.lookup("#dense_1").queryAs(NodeView.class).card());
        Set<Node> visited = new LinkedHashSet<>();
        for (int i = 0; i < 120; i++) {
            visited.add(focused(robot));
            robot.type(KeyCode.TAB);
        }
        List<String> ids = visited.stream().map(Node::getId).toList();
        assertTrue(ids.contains("train"), "the Train button: " + ids);
        assertTrue(ids.contains("palette-search"), "the palette's search, after going round: " + ids);
        assertTrue(ids.contains("canvas"), ids.toString());
        assertTrue(visited.stream().anyMatch(n -> n instanceof ComboBox && inside(n, window.selectedTab().inspector())),
                "the last layer's setting in the inspector: " + ids);
        assertEquals(List.of(), silent(visited, robot), "every control Tab reaches is named");
    }

    @Test
    void everyControlThatTakesTheKeyboardIsNamedOnEveryTabOfTheDashboard(FxRobot robot) {
        robot.clickOn(robot.lookup("#dense_1").queryAs(NodeView.class).card());
        for (String tab : List.of("Training", "Evaluation", "Runs", "Data")) {
            robot.clickOn(robot.lookup(".training-tabs .tab-label").match((Label l) -> l.getText().equals(tab)).queryAs(Label.class));
            WaitForAsyncUtils.waitForFxEvents();
            Set<Node> focusable = robot.lookup((Node n) -> n.isFocusTraversable() && shown(n) && !n.isDisabled()).queryAll();
            assertTrue(focusable.size() > 20, "the palette, the canvas, the inspector and the dashboard: " + focusable.size());
            assertEquals(List.of(), silent(focusable, robot), "on the " + tab + " tab");
        }
    }

    private static Node focused(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.targetWindow().getScene().getFocusOwner();
    }

    private static boolean inside(Node n, Node container) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    // Whether a node and every node around it is visible: an unselected tab's content is hidden as a whole.
    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // The controls with nothing for a screen reader to say: no accessible text, no text of their own, no label for them.
    private static List<String> silent(Set<Node> controls, FxRobot robot) {
        Set<Node> labelled = new LinkedHashSet<>();
        robot.lookup((Node n) -> n instanceof Label l && l.getLabelFor() != null).queryAllAs(Label.class).forEach(l -> labelled.add(l.getLabelFor()));
        List<String> silent = new ArrayList<>();
        for (Node n : controls) {
            boolean named = n.getAccessibleText() != null && !n.getAccessibleText().isBlank()
                    || n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() || labelled.contains(n);
            if (!named) {
                silent.add(n.getClass().getSimpleName() + " " + n.getId() + " " + n.getStyleClass());
            }
        }
        return silent;
    }
}
