package org.neurocanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.chart.XYChart;

/**
 * The outline of the band between the train and the validation curve, in data coordinates: along
 * the train curve at each validation point's epoch, then back along the validation curve. Shaded,
 * it shows the gap that opens when a network starts to learn its training samples by heart. The
 * train curve, denser, is read between its points by linear interpolation. Plain Java, tested
 * without a window.
 */
final class GapBand {

    private GapBand() {
    }

    /**
     * The band's corners, or none while fewer than two validation points come after the train
     * curve's start.
     */
    static List<Point2D> outline(List<XYChart.Data<Number, Number>> train, List<XYChart.Data<Number, Number>> validation) {
        List<Point2D> lower = new ArrayList<>();
        List<Point2D> upper = new ArrayList<>();
        for (XYChart.Data<Number, Number> v : validation) {
            double x = v.getXValue().doubleValue();
            double t = interpolate(train, x);
            if (!Double.isNaN(t)) {
                lower.add(new Point2D(x, t));
                upper.add(new Point2D(x, v.getYValue().doubleValue()));
            }
        }
        if (lower.size() < 2) {
            return List.of();
        }
        List<Point2D> outline = new ArrayList<>(lower);
        for (int i = upper.size() - 1; i >= 0; i--) {
            outline.add(upper.get(i));
        }
        return outline;
    }

    /**
     * The curve's value at x (its points in increasing x); NaN before its first point, its last
     * value after its last one, as the run's final batches may show only at the next flush.
     */
    static double interpolate(List<XYChart.Data<Number, Number>> curve, double x) {
        for (int i = 0; i < curve.size(); i++) {
            double xi = curve.get(i).getXValue().doubleValue();
            double yi = curve.get(i).getYValue().doubleValue();
            if (xi == x) {
                return yi;
            }
            if (xi > x) {
                if (i == 0) {
                    return Double.NaN;
                }
                double x0 = curve.get(i - 1).getXValue().doubleValue();
                double y0 = curve.get(i - 1).getYValue().doubleValue();
                return y0 + (yi - y0) * (x - x0) / (xi - x0);
            }
        }
        return curve.isEmpty() ? Double.NaN : curve.get(curve.size() - 1).getYValue().doubleValue();
    }
}
