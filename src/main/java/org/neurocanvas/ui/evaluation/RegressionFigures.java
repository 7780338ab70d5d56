package org.neurocanvas.ui.evaluation;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.neurocanvas.train.RegressionReport;

/**
 * How close a regression or reconstruction network comes to its targets (id
 * {@code regression-figures}): MSE, MAE and R², each a large figure beside a sentence that says
 * what it measures, for a class that meets them for the first time.
 */
public final class RegressionFigures extends GridPane {

    /** Style class of the grid. */
    public static final String FIGURES = "regression-figures";
    /** Style class of a figure's name. */
    public static final String NAME = "regression-name";
    /** Style class of a figure's value, in large type. */
    public static final String VALUE = "regression-value";
    /** Style class of a figure's explanation. */
    public static final String MEANING = "regression-meaning";

    /** An empty grid; {@link #show} fills it. */
    public RegressionFigures() {
        setId("regression-figures");
        getStyleClass().add(FIGURES);
    }

    /** Shows the report's figures, replacing what was shown. */
    public void show(RegressionReport report) {
        getChildren().clear();
        List<String[]> rows = rows(report);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            addRow(r, label(row[0], NAME), label(row[1], VALUE), label(row[2], MEANING));
        }
    }

    /** Each figure as name, value and meaning. */
    static List<String[]> rows(RegressionReport report) {
        return List.of(
                new String[] {"MSE", figure(report.mse()), "mean squared error: the average of (prediction − target)²; 0 is perfect"},
                new String[] {"MAE", figure(report.mae()), "mean absolute error: how far off a prediction is, on average"},
                new String[] {"R²", figure(report.r2()),
                    "the share of the targets' spread explained: 1 is perfect, 0 no better than always guessing the mean"});
    }

    /** Four significant digits, a point as decimal mark: 0.004213, 12.35, 0.8731. */
    static String figure(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("e\\+?(-?)0*(\\d)", "e$1$2");
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        if (MEANING.equals(styleClass)) {
            label.setWrapText(true);
        }
        return label;
    }
}
