package org.neurocanvas.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurocanvas.train.ClassificationReport;
import org.neurocanvas.train.ClassificationReport.Scores;

/**
 * The rows of the per-class scores table, as text, in the order scikit-learn's classification
 * report prints them: one row per class, then accuracy, the macro and the weighted average.
 * Plain Java, tested without a window.
 */
public final class ScoreRows {

    /**
     * One row of the table.
     *
     * @param label the class name, or the average's name
     * @param precision of the predictions of this class, how many were right ("0.93")
     * @param recall of the samples of this class, how many were found
     * @param f1 the harmonic mean of precision and recall
     * @param support how many samples of this class there are
     * @param summary true for accuracy and the averages, which the table sets apart
     */
    public record Row(String label, String precision, String recall, String f1, String support, boolean summary) {
    }

    /** Column headings, in the order of a row's fields after the label. */
    public static final List<String> HEADINGS = List.of("precision", "recall", "F1", "support");

    private ScoreRows() {
    }

    /** Every row of the report. */
    public static List<Row> of(ClassificationReport report) {
        List<Row> rows = new ArrayList<>();
        List<String> names = report.classNames();
        for (int c = 0; c < names.size(); c++) {
            rows.add(row(names.get(c), report.scores(c), false));
        }
        Scores macro = report.macroAverage();
        // Accuracy has no precision or recall of its own; like scikit-learn, it sits in the F1 column.
        rows.add(new Row("accuracy", "", "", number(report.accuracy()), String.valueOf(macro.support()), true));
        rows.add(row("macro avg", macro, true));
        rows.add(row("weighted avg", report.weightedAverage(), true));
        return rows;
    }

    /** A score as the table shows it: two decimals, a point as decimal mark, a dash for no value. */
    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "–";
    }

    private static Row row(String label, Scores s, boolean summary) {
        return new Row(label, number(s.precision()), number(s.recall()), number(s.f1()), String.valueOf(s.support()), summary);
    }
}
