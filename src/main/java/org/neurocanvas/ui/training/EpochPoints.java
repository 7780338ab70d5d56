package org.neurocanvas.ui.training;

import javafx.beans.value.ObservableNumberValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * Dots on the points of a per-epoch series where they stand apart. The charts draw no symbols,
 * since the batch series has thousands of points; but a validation curve after its first epoch is
 * a single point, which a line alone does not show, and a run of a few epochs reads better with its
 * epochs marked.
 */
final class EpochPoints {

    /** Style class of each dot. */
    static final String STYLE = "training-epoch-point";
    /** On an axis of more epochs than this the dots would run into one another: the line shows them. */
    static final int MAX_DOTS = 20;

    private EpochPoints() {
    }

    /**
     * Gives every point of {@code series}, present and to come, a dot, shown while the x axis spans
     * at most {@link #MAX_DOTS} epochs or the series is a single point. Call before the list is
     * handed to a chart's series: the chart looks for the dot when it hears of the point.
     */
    static void mark(ObservableList<XYChart.Data<Number, Number>> series, ObservableNumberValue spanEpochs) {
        Runnable showOrHide = () -> {
            boolean apart = series.size() <= 1 || spanEpochs.intValue() <= MAX_DOTS;
            series.forEach(point -> point.getNode().setVisible(apart));
        };
        series.forEach(EpochPoints::dot);
        series.addListener((ListChangeListener<XYChart.Data<Number, Number>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(EpochPoints::dot);
            }
            showOrHide.run();
        });
        spanEpochs.addListener((obs, old, span) -> showOrHide.run());
        showOrHide.run();
    }

    private static void dot(XYChart.Data<Number, Number> point) {
        if (point.getNode() == null) {
            Region dot = new Region();
            dot.getStyleClass().add(STYLE);
            point.setNode(dot);
        }
    }
}
