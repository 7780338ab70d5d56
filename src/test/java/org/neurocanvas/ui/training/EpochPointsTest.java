package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;

class EpochPointsTest {

    @Test
    void everyEpochPointPresentAndToComeGetsADot() {
        ObservableList<XYChart.Data<Number, Number>> series =
                FXCollections.observableArrayList(List.of(new XYChart.Data<>(1, 0.5)));
        EpochPoints.mark(series);
        series.add(new XYChart.Data<>(2, 0.4));
        series.setAll(List.of(new XYChart.Data<>(1, 0.5), new XYChart.Data<>(2, 0.4), new XYChart.Data<>(3, 0.3)));

        for (XYChart.Data<Number, Number> point : series) {
            assertNotNull(point.getNode(), "epoch " + point.getXValue() + " has no dot");
            assertTrue(point.getNode().getStyleClass().contains(EpochPoints.STYLE));
        }
    }

    @Test
    void aPointThatHasANodeKeepsIt() {
        ObservableList<XYChart.Data<Number, Number>> series = FXCollections.observableArrayList();
        EpochPoints.mark(series);
        XYChart.Data<Number, Number> point = new XYChart.Data<>(1, 0.5);
        Node own = new javafx.scene.layout.Pane();
        point.setNode(own);
        series.add(point);
        assertSame(own, point.getNode());
    }
}
