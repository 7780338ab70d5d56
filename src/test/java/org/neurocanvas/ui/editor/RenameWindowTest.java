package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.StatusBar;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renames layers in place on the canvas, headless: the name's double-click, F2, Enter, Escape and refusals. */
@ExtendWith(ApplicationExtension.class)
class RenameWindowTest {

    private final DocumentSession session = Projects.spiralMlp();
    private StatusBar status;
    private EditorModel editor;

    @Start
    void start(Stage stage) {
        status = new StatusBar();
        editor = new EditorModel(session, status);
        BorderPane root = new BorderPane(new CanvasView(editor));
        root.setBottom(status);
        Scene scene = new Scene(root, 1240, 600);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void doubleClickingTheNameRenamesTheLayerAsOneNamedUndoStep(FxRobot robot) {
        robot.doubleClickOn(robot.lookup("#dense_1").queryAs(NodeView.class).name());
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = field(robot);
        assertTrue(field.isFocused(), "the field takes the keyboard");
        assertEquals("dense_1", field.getSelectedText(), "the old name is selected, so typing replaces it");
        robot.write("encoder").type(KeyCode.ENTER);
        assertTrue(graph().edges().contains(new Edge("input_1", "encoder")), graph().edges().toString());
        assertEquals("Rename dense_1 to encoder", session.stack().undoDescription().orElseThrow());
        assertTrue(robot.lookup("#" + CanvasView.RENAME_FIELD_ID).tryQuery().isEmpty(), "the field closes");
        assertEquals("encoder", robot.lookup("#encoder").queryAs(NodeView.class).name().getText());
        robot.interact(() -> session.stack().undo());
        assertTrue(graph().contains("dense_1"));
    }

    @Test
    void f2RenamesTheSelectedCardAndATakenNameIsRefusedWithTheModelsSentence(FxRobot robot) {
        robot.clickOn(robot.lookup("#dense_2").queryAs(NodeView.class).card());
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("dense_1").type(KeyCode.ENTER);
        assertEquals("A layer named dense_1 already exists: choose another name for dense_2.", status.text());
        assertTrue(field(robot).isFocused(), "the field stays open to correct the name");
        robot.write("2nd").type(KeyCode.ENTER);
        assertTrue(status.text().startsWith("A layer name starts with a letter"), status.text());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#" + CanvasView.RENAME_FIELD_ID).tryQuery().isEmpty(), "Escape closes the field");
        assertTrue(graph().contains("dense_2"));
        assertFalse(session.stack().canUndo(), "nothing was renamed");
        assertTrue(robot.lookup("#canvas").query().isFocused(), "the keyboard is back on the canvas");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("hidden").type(KeyCode.ENTER);
        assertTrue(graph().contains("hidden"), "Enter on the selected card renames it too");
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#" + CanvasView.RENAME_FIELD_ID).queryAs(TextField.class);
    }

    private Graph graph() {
        return session.project().graph();
    }
}
