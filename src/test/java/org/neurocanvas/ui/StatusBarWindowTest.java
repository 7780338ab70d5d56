package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar at the narrowest window a helper used (1215 pixels): a hint was cut with "..." and the
 * network's size at the right shrank to "3...".
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarWindowTest {

    private static final String HINT = "The network can train. A hint: dense_3: relu before softmax cross-entropy clips the logits "
            + "(the raw class scores output_1 turns into probabilities), which slows or stalls learning; use linear.  (1 more)";

    private StatusBar status;

    @Start
    void start(Stage stage) {
        status = new StatusBar();
        Scene scene = new Scene(new BorderPane(null, null, null, status, null), 1215, 200);
        scene.getStylesheets().add(StatusBarWindowTest.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongHintAndTheNetworksSizeBothShowInFull(FxRobot robot) {
        robot.interact(() -> {
            status.show(HINT, false);
            status.setFigures("3 layers  ·  4,547 params");
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Label label : robot.from(status).lookup(".label").queryAllAs(Label.class)) {
            assertEquals(label.getText(), robot.from(label).lookup(".text").queryAs(Text.class).getText(), "drawn in full");
        }
    }
}
