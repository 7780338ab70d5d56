package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.train.TrainingEvent.EpochEnd;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new run starts on empty charts: found building the autoencoder by hand, where the last run's
 * validation curve stayed drawn, squeezed into the new run's axes, until the new run's first epoch ended.
 */
@ExtendWith(ApplicationExtension.class)
class LossChartWindowTest {

    private final TrainingMonitor monitor = new TrainingMonitor();
    private LineChart<Number, Number> chart;

    @Start
    void start(Stage stage) {
        chart = TrainingCharts.loss(monitor);
        stage.setScene(new Scene(new StackPane(chart), 500, 300));
        stage.show();
    }

    private int drawn(int series) {
        return ((Path) chart.getData().get(series).getNode()).getElements().size();
    }

    @Test
    void aNewRunClearsTheLastRunsCurves() {
        Platform.runLater(() -> {
            monitor.begin();
            for (int epoch = 1; epoch <= 3; epoch++) {
                monitor.onEvent(new EpochEnd(epoch, 3, 0.7 / epoch, 0.5, 0.69 / epoch, 0.5, 0.001));
            }
            monitor.flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(drawn(0) == 0, "the train curve is drawn");
        assertFalse(drawn(1) == 0, "the validation curve is drawn");

        Platform.runLater(monitor::begin);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, drawn(0), "the last run's train curve is gone");
        assertEquals(0, drawn(1), "the last run's validation curve is gone");
    }
}
