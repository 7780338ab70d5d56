package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;

class GapBandTest {

    private static List<XYChart.Data<Number, Number>> curve(double... xy) {
        List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new XYChart.Data<>(xy[i], xy[i + 1]));
        }
        return points;
    }

    @Test
    void theBandRunsAlongTrainAtEachValidationEpochThenBackAlongValidation() {
        // Train per half epoch, validation per epoch; train at 1.0 lies on a point, at 2.0 between two.
        List<XYChart.Data<Number, Number>> train = curve(0.5, 1.0, 1.0, 0.8, 1.5, 0.6, 2.5, 0.2);
        List<XYChart.Data<Number, Number>> validation = curve(1, 0.9, 2, 0.7);
        assertEquals(List.of(new Point2D(1, 0.8), new Point2D(2, 0.4), new Point2D(2, 0.7), new Point2D(1, 0.9)),
                round(GapBand.outline(train, validation)));
    }

    @Test
    void validationPointsBeforeTheTrainCurveAreLeftOutAndOneAloneMakesNoBand() {
        List<XYChart.Data<Number, Number>> train = curve(1.5, 1.0, 2.0, 0.8);
        assertTrue(GapBand.outline(train, curve(1, 0.9, 2, 0.7)).isEmpty(), "epoch 1 comes before the train curve");
        assertEquals(0.8, GapBand.interpolate(train, 3), "after its end, a curve keeps its last value");
        assertTrue(GapBand.outline(List.of(), curve(1, 0.9, 2, 0.7)).isEmpty());
        assertEquals(Double.NaN, GapBand.interpolate(train, 0.25), "before the first point");
    }

    private static List<Point2D> round(List<Point2D> points) {
        return points.stream().map(p -> new Point2D(Math.round(p.getX() * 1e9) / 1e9, Math.round(p.getY() * 1e9) / 1e9)).toList();
    }
}
