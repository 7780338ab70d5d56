package org.neurocanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * A line chart over epochs that marks each learning rate change of the run with a thin vertical
 * dashed line across the plot, labelled with the new rate at its top.
 */
final class MarkedChart extends LineChart<Number, Number> {

    /** Style class of the vertical line at a learning rate change. */
    public static final String MARKER = "training-rate-marker";
    /** Style class of the new rate written beside the line. */
    public static final String MARKER_LABEL = "training-rate-marker-label";

    private record Marker(RateChange change, Line line, Label label) {
    }

    private final ObservableList<RateChange> changes;
    private final List<Marker> markers = new ArrayList<>();

    MarkedChart(NumberAxis x, NumberAxis y, ObservableList<RateChange> changes) {
        super(x, y);
        this.changes = changes;
        changes.addListener((ListChangeListener<RateChange>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        markers.forEach(m -> getPlotChildren().removeAll(m.line(), m.label()));
        markers.clear();
        for (RateChange change : changes) {
            Line line = new Line();
            line.getStyleClass().add(MARKER);
            Label label = new Label("lr " + TrainingTexts.rate(change.rate()));
            label.getStyleClass().add(MARKER_LABEL);
            for (var node : List.of(line, label)) {
                node.setManaged(false);
                node.setMouseTransparent(true);
            }
            markers.add(new Marker(change, line, label));
            getPlotChildren().addAll(line, label);
        }
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double height = getYAxis().getHeight();
        for (Marker m : markers) {
            double x = Math.round(getXAxis().getDisplayPosition(m.change().epoch())) + 0.5;
            m.line().setStartX(x);
            m.line().setEndX(x);
            m.line().setStartY(0);
            m.line().setEndY(height);
            m.label().autosize();
            m.label().relocate(x + 3, 0);
            m.line().toFront();
            m.label().toFront();
        }
    }
}
