package org.neurocanvas.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * The loss, accuracy and learning rate charts of the training panel. Loss and accuracy have the
 * train series first, the validation series second and the single batches faint third, so the
 * stylesheet colours them the same way in both charts, and shade the gap between the first two;
 * all three mark the learning rate changes of the run.
 */
final class TrainingCharts {

    /** Style class of both charts. */
    public static final String CHART = "training-chart";
    /**
     * Name of the training series in the legend: its points are the smoothed loss of the latest
     * batches, drawn bold over the faint single batches. Legend items are all as wide as the widest,
     * so three of them fit one line only with short names.
     */
    public static final String TRAIN = "train";
    /** Name of the validation series in the legend. */
    public static final String VALIDATION = "validation";
    /** Name of the single batches' series in the legend, drawn faint behind the smoothed curve. */
    public static final String BATCHES = "one batch";
    /** Style class of the single batches' line. */
    public static final String BATCHES_STYLE = "training-batches";

    private TrainingCharts() {
    }

    /** Room for a tick label such as 0.0025 and the axis's name. */
    private static final double Y_AXIS_WIDTH = 70;

    /** Style class of the small learning rate chart. */
    public static final String RATE_CHART = "training-rate-chart";

    /** Loss over epochs; the y axis follows the data, linear from zero or logarithmic (see {@link LossAxis}). */
    static LineChart<Number, Number> loss(TrainingMonitor monitor) {
        LossAxis y = new LossAxis();
        y.setLabel("loss");
        alignable(y);
        return chart("loss-chart", "Loss", y, monitor.trainLoss(), monitor.validationLoss(), monitor.batchLoss(), monitor);
    }

    /** Whether the loss chart's y axis is logarithmic. */
    static BooleanProperty logarithmicProperty(LineChart<Number, Number> lossChart) {
        return ((LossAxis) lossChart.getYAxis()).logarithmicProperty();
    }

    /** A low strip of the learning rate over epochs, under the loss, so that a schedule is seen at work. */
    static LineChart<Number, Number> learningRate(TrainingMonitor monitor) {
        NumberAxis y = autoRanging(0.01);
        y.setLabel("lr");
        alignable(y);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number rate) {
                return LossScale.label(rate.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text);
            }
        });
        // The loss chart right above names the epochs: the strip keeps its little height for the curve.
        NumberAxis x = epochAxis(monitor);
        x.setLabel(null);
        x.setTickLabelsVisible(false);
        LineChart<Number, Number> chart = new MarkedChart(x, y, monitor.rateChanges(), false);
        chart.setId("rate-chart");
        chart.getStyleClass().addAll(CHART, RATE_CHART);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        XYChart.Series<Number, Number> rates = new XYChart.Series<>("learning rate", monitor.learningRate());
        chart.getData().add(rates);
        // Hidden, the strip would still lay its curve out at every flush: it holds the points only while shown.
        chart.visibleProperty().addListener((obs, was, shown) ->
                rates.setData(shown ? monitor.learningRate() : FXCollections.observableArrayList()));
        chart.setMinSize(240, 80);
        chart.setPrefSize(420, 100);
        chart.setMaxHeight(120);
        return chart;
    }

    /** Accuracy over epochs on a fixed 0-100% axis, so runs compare at a glance. */
    static LineChart<Number, Number> accuracy(TrainingMonitor monitor) {
        NumberAxis y = new NumberAxis(0, 1, 0.2);
        y.setLabel("accuracy");
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number fraction) {
                return Math.round(fraction.doubleValue() * 100) + "%";
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text.replace("%", "")) / 100;
            }
        });
        return chart("accuracy-chart", "Accuracy", y, monitor.trainAccuracy(), monitor.validationAccuracy(),
                monitor.batchAccuracy(), monitor);
    }

    /** The loss and learning rate charts share one width of y axis, so their epochs line up one above the other. */
    private static void alignable(ValueAxis<Number> y) {
        y.setMinWidth(Y_AXIS_WIDTH);
        y.setPrefWidth(Y_AXIS_WIDTH);
    }

    /** A round tick step giving about ten ticks: 1, 2, 5, 10, 20, 50, ... */
    static double niceTick(int epochs) {
        double raw = epochs / 10.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= raw) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** An axis that follows the data from zero, and spans 0..{@code upper} while there is none yet. */
    private static NumberAxis autoRanging(double upper) {
        NumberAxis axis = new NumberAxis(0, upper, upper / 5);
        axis.setAutoRanging(true);
        axis.setForceZeroInRange(true);
        return axis;
    }

    /** The x axis spans the whole run from its first batch, so the curve grows across a fixed stage. */
    private static NumberAxis epochAxis(TrainingMonitor monitor) {
        NumberAxis x = new NumberAxis(0, 10, 1);
        x.setLabel("epoch");
        monitor.spanEpochsProperty().addListener((obs, old, epochs) -> {
            int n = Math.max(1, epochs.intValue());
            x.setUpperBound(n);
            x.setTickUnit(niceTick(n));
        });
        // Redrawing at 20 Hz already looks smooth; animations would only lag behind the data.
        x.setAnimated(false);
        return x;
    }

    private static LineChart<Number, Number> chart(String id, String title, ValueAxis<Number> y,
            ObservableList<XYChart.Data<Number, Number>> train, ObservableList<XYChart.Data<Number, Number>> validation,
            ObservableList<XYChart.Data<Number, Number>> batches, TrainingMonitor monitor) {
        y.setAnimated(false);
        // Learning rate changes during the run show as dashed vertical lines in every chart.
        LineChart<Number, Number> chart = new MarkedChart(epochAxis(monitor), y, monitor.rateChanges(), true);
        chart.setId(id);
        chart.getStyleClass().add(CHART);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getData().add(new XYChart.Series<>(TRAIN, train));
        EpochPoints.mark(validation, monitor.spanEpochsProperty());
        chart.getData().add(new XYChart.Series<>(VALIDATION, validation));
        XYChart.Series<Number, Number> single = new XYChart.Series<>(BATCHES, batches);
        chart.getData().add(single);
        // Third, for the gap band and the colours; drawn first, under the curves it explains.
        single.getNode().setViewOrder(1);
        single.getNode().getStyleClass().add(BATCHES_STYLE);
        chart.setMinSize(240, 180);
        chart.setPrefSize(420, 260);
        return chart;
    }
}
