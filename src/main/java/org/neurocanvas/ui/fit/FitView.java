package org.neurocanvas.ui.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Beside the charts for a regression (id {@code fit}): each validation sample's prediction against its
 * true value, over the line where the two are equal, and R², so a class watches the points gather on
 * the line as the loss falls.
 */
public final class FitView extends VBox {

    /** Style class of the view. */
    public static final String VIEW = "fit-view";
    static final String WAITING = "Press Train to watch the predictions of " + FitProbe.SAMPLES + " validation samples meet their true values.";

    /** The least height of the plot, in pixels: a 780-pixel-high window's dashboard has about 200 beside the charts. */
    private static final double MIN_PLOT = 120;

    private final LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> points = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> equal = new XYChart.Series<>();
    private final Label summary = new Label(WAITING);

    /** An empty plot, waiting for a run. */
    public FitView() {
        setId("fit");
        getStyleClass().add(VIEW);
        Label title = new Label("Predicted against true");
        title.getStyleClass().add("boundary-title");
        NumberAxis trueAxis = new NumberAxis();
        trueAxis.setLabel("true");
        trueAxis.setForceZeroInRange(false);
        NumberAxis predictedAxis = new NumberAxis();
        predictedAxis.setLabel("predicted");
        predictedAxis.setForceZeroInRange(false);
        chart = new LineChart<>(trueAxis, predictedAxis);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("fit-chart");
        points.setName("samples");
        equal.setName("predicted = true");
        chart.getData().add(equal);
        chart.getData().add(points);
        // The plot gives way to the sentence under it, which is never cut.
        chart.setMinHeight(MIN_PLOT);
        chart.setPrefHeight(MIN_PLOT);
        VBox.setVgrow(chart, Priority.ALWAYS);
        summary.setWrapText(true);
        summary.setMinHeight(USE_PREF_SIZE);
        summary.getStyleClass().add("fit-summary");
        getChildren().addAll(title, chart, summary);
    }

    /** Draws the latest predictions of the samples against their true values; on the FX thread. */
    public void show(float[] truth, float[] predicted) {
        List<XYChart.Data<Number, Number>> shown = new ArrayList<>(truth.length);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < truth.length; i++) {
            shown.add(new XYChart.Data<>(truth[i], predicted[i]));
            low = Math.min(low, Math.min(truth[i], predicted[i]));
            high = Math.max(high, Math.max(truth[i], predicted[i]));
        }
        points.getData().setAll(shown);
        equal.getData().setAll(List.of(new XYChart.Data<>(low, low), new XYChart.Data<>(high, high)));
        summary.setText(String.format(Locale.ROOT, "R² %.2f on %d validation samples: on the line, a prediction is exact.",
                r2(truth, predicted), truth.length));
    }

    /** Forgets the last run's points. */
    public void clear() {
        points.getData().clear();
        equal.getData().clear();
        summary.setText(WAITING);
    }

    /** 1 minus the squared error over the spread of the true values: 1 is exact, 0 no better than their mean. */
    static double r2(float[] truth, float[] predicted) {
        double mean = 0;
        for (float t : truth) {
            mean += t;
        }
        mean /= truth.length;
        double error = 0;
        double spread = 0;
        for (int i = 0; i < truth.length; i++) {
            error += (predicted[i] - truth[i]) * (predicted[i] - truth[i]);
            spread += (truth[i] - mean) * (truth[i] - mean);
        }
        return 1 - error / spread;
    }

    /** The sentence under the plot. */
    public String summary() {
        return summary.getText();
    }

    /** The samples' points, as drawn. */
    public XYChart.Series<Number, Number> points() {
        return points;
    }
}
