package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neurocanvas.train.TrainingEvent.BatchEnd;
import org.neurocanvas.train.TrainingEvent.EpochEnd;

class CurvesCsvTest {

    @Test
    void everyShownPointIsALineNamedByItsCurve() {
        TrainingMonitor monitor = new TrainingMonitor();
        monitor.begin();
        monitor.onEvent(new BatchEnd(1, 2, 1, 2, 0.9, 0.5, 0.01));
        monitor.flush();
        monitor.onEvent(new EpochEnd(1, 2, 0.8, 0.6, 0.85, 0.55, 0.005));
        monitor.flush();

        assertEquals("""
                curve,epoch,value
                train_loss,0.5,0.9
                val_loss,1.0,0.85
                train_accuracy,0.5,0.5
                val_accuracy,1.0,0.55
                learning_rate,0.5,0.01
                """, CurvesCsv.of(monitor));
    }
}
