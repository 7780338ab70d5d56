package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.train.TrainingEvent.BatchEnd;
import org.neurocanvas.train.TrainingEvent.EpochEnd;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The figures under the epoch in the dashboard of a 1215 x 780 window (258 pixels high there): after iris's
 * 100 epochs a helper read "epoch 100 mean: loss 0.0431 · acc 98....", and the validation line under it not at all.
 */
@ExtendWith(ApplicationExtension.class)
class MetricsTextWindowTest {

    private TrainingPanel panel;

    @Start
    void start(Stage stage) {
        panel = new TrainingPanel(() -> null, sentence -> { });
        Scene scene = new Scene(panel, 1215, 258);
        String palette = ".root { -nc-accent: #2563eb; -nc-accent-2: #e07b39; -nc-text: #1f2937; -nc-text-muted: #6b7280; -nc-surface: #ffffff; "
                + "-nc-surface-2: #f3f4f6; -nc-border: #d1d5db; -nc-error: #dc2626; }";
        scene.getStylesheets().addAll("data:text/css;base64," + Base64.getEncoder().encodeToString(palette.getBytes(StandardCharsets.UTF_8)),
                TrainingPanel.class.getResource(TrainingPanel.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void bothLinesOfTheLastEpochShowInFull(FxRobot robot) {
        robot.interact(() -> {
            TrainingMonitor monitor = panel.monitor();
            monitor.begin();
            monitor.onEvent(new BatchEnd(100, 100, 7, 7, 0.04, 0.98));
            monitor.onEvent(new EpochEnd(100, 100, 0.0431, 0.98, 0.0326, 0.978));
            monitor.flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label metrics = robot.lookup("#metrics").queryAs(Label.class);
        assertEquals("epoch 100 mean: loss 0.0431 · acc 98.0%\nepoch 100 val: loss 0.0326 · acc 97.8%", metrics.getText());
        assertEquals(metrics.getText(), robot.from(metrics).lookup(".text").queryAs(Text.class).getText(), "drawn in full");
        assertTrue(metrics.localToScene(metrics.getLayoutBounds()).getMaxY() <= panel.getHeight() + 0.5,
                "the validation line lies inside the dashboard: " + metrics.localToScene(metrics.getLayoutBounds()));
    }
}
