package org.neurocanvas.ui.training;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.XYChart;

/**
 * The curves of a run as CSV, one point a line: {@code curve,epoch,value}, the curves named
 * train_loss, val_loss, train_accuracy, val_accuracy and learning_rate. Long rather than wide,
 * because the train curves have a point per drawn batch and the validation ones a point per epoch;
 * a spreadsheet or pandas pivots it in one step. Plain Java, tested without a window.
 */
final class CurvesCsv {

    /** The first line. */
    static final String HEADER = "curve,epoch,value";

    private CurvesCsv() {
    }

    /** Every point the monitor shows, curve after curve. */
    static String of(TrainingMonitor monitor) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        append(csv, "train_loss", monitor.trainLoss());
        append(csv, "val_loss", monitor.validationLoss());
        append(csv, "train_accuracy", monitor.trainAccuracy());
        append(csv, "val_accuracy", monitor.validationAccuracy());
        append(csv, "learning_rate", monitor.learningRate());
        return csv.toString();
    }

    private static void append(StringBuilder csv, String curve, List<XYChart.Data<Number, Number>> points) {
        for (XYChart.Data<Number, Number> p : points) {
            // Full precision: an epoch such as 2.0666666666666667 must not collapse onto its neighbour.
            csv.append(curve).append(',').append(String.format(Locale.ROOT, "%s,%s", p.getXValue().doubleValue(),
                    p.getYValue().doubleValue())).append('\n');
        }
    }
}
