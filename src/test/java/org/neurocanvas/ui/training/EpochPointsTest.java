package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

class EpochPointsTest {

    @Test
    void everyEpochPointPresentAndToComeGetsADot() {
        ObservableList<XYChart.Data<Number, Number>> series =
                FXCollections.observableArrayList(List.of(new XYChart.Data<>(1, 0.5)));
        EpochPoints.mark(series, new SimpleIntegerProperty(10));
        series.add(new XYChart.Data<>(2, 0.4));
        series.setAll(List.of(new XYChart.Data<>(1, 0.5), new XYChart.Data<>(2, 0.4), new XYChart.Data<>(3, 0.3)));

        for (XYChart.Data<Number, Number> point : series) {
            assertNotNull(point.getNode(), "epoch " + point.getXValue() + " has no dot");
            assertTrue(point.getNode().getStyleClass().contains(EpochPoints.STYLE));
            assertTrue(point.getNode().isVisible());
        }
    }

    @Test
    void onALongAxisOnlyALonePointKeepsItsDot() {
        SimpleIntegerProperty span = new SimpleIntegerProperty(100);
        ObservableList<XYChart.Data<Number, Number>> series = FXCollections.observableArrayList();
        EpochPoints.mark(series, span);
        series.add(new XYChart.Data<>(1, 0.5));
        assertTrue(series.get(0).getNode().isVisible(), "one point: without its dot nothing shows");
        series.add(new XYChart.Data<>(2, 0.4));
        assertTrue(series.stream().noneMatch(point -> point.getNode().isVisible()), "100 epochs: the dots would touch");
        span.set(EpochPoints.MAX_DOTS);
        assertTrue(series.stream().allMatch(point -> point.getNode().isVisible()));
        span.set(EpochPoints.MAX_DOTS + 1);
        assertFalse(series.get(1).getNode().isVisible());
    }

    @Test
    void aPointThatHasANodeKeepsIt() {
        ObservableList<XYChart.Data<Number, Number>> series = FXCollections.observableArrayList();
        EpochPoints.mark(series, new SimpleIntegerProperty(10));
        XYChart.Data<Number, Number> point = new XYChart.Data<>(1, 0.5);
        Node own = new Pane();
        point.setNode(own);
        series.add(point);
        assertSame(own, point.getNode());
    }
}
