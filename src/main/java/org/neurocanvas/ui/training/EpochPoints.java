package org.neurocanvas.ui.training;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * Dots on the points of a per-epoch series. The charts draw no symbols, since the batch series has
 * thousands of points; but a validation curve after its first epoch is a single point, which a line
 * alone does not show.
 */
final class EpochPoints {

    /** Style class of each dot. */
    static final String STYLE = "training-epoch-point";

    private EpochPoints() {
    }

    /**
     * Gives every point of {@code series}, present and to come, a dot. Call before the list is handed
     * to a chart's series: the chart looks for the dot when it hears of the point.
     */
    static void mark(ObservableList<XYChart.Data<Number, Number>> series) {
        series.forEach(EpochPoints::dot);
        series.addListener((ListChangeListener<XYChart.Data<Number, Number>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(EpochPoints::dot);
            }
        });
    }

    private static void dot(XYChart.Data<Number, Number> point) {
        if (point.getNode() == null) {
            Region dot = new Region();
            dot.getStyleClass().add(STYLE);
            point.setNode(dot);
        }
    }
}
