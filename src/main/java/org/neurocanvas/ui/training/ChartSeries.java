package org.neurocanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.neurocanvas.train.TrainingEvent.EpochEnd;

/** How the {@link TrainingMonitor} fills its chart series: sampling, skipping undrawable values, thinning. */
final class ChartSeries {

    private ChartSeries() {
    }

    /** At most {@code max} evenly spaced epoch ends, ending with the last. */
    static List<EpochEnd> sample(List<EpochEnd> epochs, int max) {
        int n = epochs.size();
        if (n <= max) {
            return List.copyOf(epochs);
        }
        List<EpochEnd> kept = new ArrayList<>(max);
        for (int k = 1; k <= max; k++) {
            kept.add(epochs.get(k * n / max - 1));
        }
        return kept;
    }

    /** Appends a point, skipping values a chart cannot draw (no validation set gives NaN); thins beyond {@code maxPoints}. */
    static void add(ObservableList<XYChart.Data<Number, Number>> series, double x, double y, int maxPoints) {
        if (!Double.isFinite(y)) {
            return;
        }
        series.add(new XYChart.Data<>(x, y));
        if (series.size() > maxPoints) {
            thin(series);
        }
    }

    /** Halves a long series in one change, keeping its first and last points, so long runs stay fast to draw. */
    static void thin(ObservableList<XYChart.Data<Number, Number>> series) {
        List<XYChart.Data<Number, Number>> kept = new ArrayList<>(series.size() / 2 + 1);
        for (int i = 0; i < series.size() - 1; i += 2) {
            kept.add(copy(series.get(i)));
        }
        kept.add(copy(series.get(series.size() - 1)));
        series.setAll(kept);
    }

    /** A chart ties each data item to one series; fresh items avoid re-adding removed ones. */
    private static XYChart.Data<Number, Number> copy(XYChart.Data<Number, Number> d) {
        return new XYChart.Data<>(d.getXValue(), d.getYValue());
    }

    /** The x of the last point of a series that has one. */
    static double lastX(List<XYChart.Data<Number, Number>> series) {
        return series.get(series.size() - 1).getXValue().doubleValue();
    }
}
