package org.neurocanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.geometry.Point2D;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/**
 * A line chart over epochs that marks each learning rate change of the run with a thin vertical
 * dashed line across the plot, labelled with the new rate at its top; with a gap band, it shades
 * the area between its first two series (train and validation, see {@link GapBand}).
 */
final class MarkedChart extends LineChart<Number, Number> {

    /** Style class of the vertical line at a learning rate change. */
    public static final String MARKER = "training-rate-marker";
    /** Style class of the new rate written beside the line. */
    public static final String MARKER_LABEL = "training-rate-marker-label";
    /** Style class of the shaded band between the train and the validation curve. */
    public static final String GAP = "training-gap";

    private record Marker(RateChange change, Line line, Label label) {
    }

    private final ObservableList<RateChange> changes;
    private final List<Marker> markers = new ArrayList<>();
    /** The band between train and validation; null for a chart without one. */
    private final Polygon gap;

    /**
     * @param gapBand whether to shade the gap between the first two series
     */
    MarkedChart(NumberAxis x, ValueAxis<Number> y, ObservableList<RateChange> changes, boolean gapBand) {
        super(x, y);
        this.changes = changes;
        if (gapBand) {
            gap = new Polygon();
            gap.getStyleClass().add(GAP);
            gap.setManaged(false);
            gap.setMouseTransparent(true);
            getPlotChildren().add(gap);
        } else {
            gap = null;
        }
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
        // LineChart redraws a series' line only from its points: emptied for a new run, the last
        // run's line would stay, squeezed into the new axes, until the first point arrives.
        for (Series<Number, Number> series : getData()) {
            if (series.getData().isEmpty() && series.getNode() instanceof Path line) {
                line.getElements().clear();
            }
        }
        if (gap != null) {
            layoutGap();
        }
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

    private void layoutGap() {
        List<Double> corners = new ArrayList<>();
        if (getData().size() >= 2) {
            for (Point2D p : GapBand.outline(getData().get(0).getData(), getData().get(1).getData())) {
                corners.add(getXAxis().getDisplayPosition(p.getX()));
                corners.add(getYAxis().getDisplayPosition(p.getY()));
            }
        }
        gap.getPoints().setAll(corners);
        // Under the curves, which must stay crisp.
        gap.toBack();
    }
}
