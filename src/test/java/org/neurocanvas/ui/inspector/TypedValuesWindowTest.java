package org.neurocanvas.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.SpiralWindow;
import org.neurocanvas.ui.Styles;
import org.neurocanvas.ui.editor.NodeView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Values typed into the inspector of the real main window, on the spiral sample (dense_1 has 64 units):
 * checked as typed, committed as one step, undone and redone from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class TypedValuesWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SpiralWindow.show(stage, 1240, 780);
    }

    @Test
    void aValueTheLayerWouldRefuseTurnsTheFieldRedWithTheSentenceBeforeAnythingIsCommitted(FxRobot robot) {
        robot.clickOn(robot.lookup("#dense_1").queryAs(NodeView.class).card());
        TextField units = robot.lookup("#inspector .text-field").queryAs(TextField.class);
        robot.doubleClickOn(units).write("0");
        assertTrue(refused(units), "0 units is refused as it is typed");
        assertEquals("Setting 'units' of dense_1 expects a whole number from 1 to 65536, found 0.", sentence(robot),
                "with the model's own sentence under the field");
        assertEquals(64, window.editor().graph().node("dense_1").setting("units"), "and nothing is committed yet");

        robot.write("7");
        assertFalse(refused(units), "07 is a fine number of units");
        assertEquals("", sentence(robot), "and the sentence is gone");

        robot.doubleClickOn(units).write("99999");
        assertTrue(refused(units), "too many units");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("64", units.getText(), "Escape puts the model's value back");
        assertFalse(refused(units), "which is never refused");
    }

    @Test
    void aTypedValueIsOneNamedStepThatTheKeyboardUndoesAndRedoes(FxRobot robot) {
        robot.clickOn(robot.lookup("#dense_1").queryAs(NodeView.class).card());
        TextField units = robot.lookup("#inspector .text-field").queryAs(TextField.class);
        CommandStack stack = window.editor().session().stack();
        int steps = stack.undoDescriptions().size();
        robot.doubleClickOn(units).write("128").type(KeyCode.ENTER);
        assertEquals(steps + 1, stack.undoDescriptions().size(), "three keys, one step");
        assertEquals("Set units of dense_1 to 128", stack.undoDescription().orElseThrow());

        robot.type(KeyCode.ESCAPE);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(64, window.editor().graph().node("dense_1").setting("units"));
        assertEquals("64", units.getText(), "the field follows the undo");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("128", units.getText(), "and the redo");
        assertEquals("(None, 128)", window.editor().analysis().layer("dense_1").shape().toString());
    }

    @Test
    void aTrainingSettingIsCheckedAsTypedToo(FxRobot robot) {
        robot.interact(() -> window.editor().selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        TextField rate = robot.from(window.selectedTab().inspector()).lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> f.getText().equals(SettingEditors.format(window.editor().session().project().training().learningRate())))
                .findFirst().orElseThrow();
        robot.interact(() -> rate.setText("-1"));
        assertTrue(refused(rate), "a negative learning rate is refused as typed");
        assertEquals("Training setting 'learningRate' must be a number above 0 and at most 10, found -1.0.", sentence(robot));
    }

    private static boolean refused(TextField field) {
        return field.getPseudoClassStates().contains(SettingEditors.REFUSED);
    }

    // The sentence shown under a section of the inspector, or "" when none shows.
    private static String sentence(FxRobot robot) {
        return robot.lookup("#inspector ." + Styles.FIELD_REFUSAL).queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).findFirst().orElse("");
    }
}
