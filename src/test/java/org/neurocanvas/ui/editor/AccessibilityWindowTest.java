package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.Edge;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The palette and the canvas from the keyboard alone, and an accessible text on everything that takes focus. */
@ExtendWith(ApplicationExtension.class)
class AccessibilityWindowTest {

    private final DocumentSession session = Projects.spiralMlp();
    private EditorModel editor;

    @Start
    void start(Stage stage) {
        editor = new EditorModel(session, s -> { });
        BorderPane root = new BorderPane(new CanvasView(editor));
        root.setLeft(new PaletteView(editor));
        Scene scene = new Scene(root, 1240, 600);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyNodeThatTakesTheKeyboardHasAnAccessibleText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> focusable = robot.lookup((Node n) -> n.isFocusTraversable() && n.isVisible()).queryAll();
        assertTrue(focusable.size() > Catalog.kinds().size() + 1, "the search, every tile and the canvas take focus: " + focusable.size());
        List<String> silent = focusable.stream()
                .filter(n -> n.getAccessibleText() == null || n.getAccessibleText().isBlank()).map(Node::toString).toList();
        assertEquals(List.of(), silent);
        List<String> cards = robot.lookup("." + Styles.LAYER_VIEW).queryAll().stream()
                .filter(n -> n.getAccessibleText() == null || n.getAccessibleRoleDescription() == null).map(Node::getId).toList();
        assertEquals(List.of(), cards, "cards without a description for screen readers");
        assertEquals("Dense layer dense_1, relu, output (None, 64), 192 params", robot.lookup("#dense_1").query().getAccessibleText());
        assertTrue(robot.lookup("." + Styles.PORT).queryAll().stream().allMatch(p -> p.getAccessibleText() != null), "every port is named");
    }

    @Test
    void aLayerIsAddedWiredAndRenamedWithTheKeyboardAlone(FxRobot robot) {
        robot.clickOn("#palette-search");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PaletteView.TILE_ID_PREFIX + "Input", robot.targetWindow().getScene().getFocusOwner().getId(), "Tab leaves the search for the first tile");

        robot.interact(() -> robot.lookup("#canvas").query().requestFocus());
        robot.type(KeyCode.TAB, 4);
        assertEquals(Set.of("dense_3"), editor.selection().layers(), "Tab walks the layers in order");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("logits").type(KeyCode.ENTER);
        assertTrue(session.project().graph().edges().contains(new Edge("logits", "output_1")));

        robot.interact(() -> robot.lookup("#" + PaletteView.TILE_ID_PREFIX + "Dropout").query().requestFocus());
        robot.type(KeyCode.ENTER);
        String added = editor.selection().single().orElseThrow();
        assertTrue(session.project().graph().edges().contains(new Edge("logits", added)), "Enter on a tile adds its layer after the selected one");
    }
}
