package org.neurocanvas.train;

import java.util.List;
import java.util.Locale;

/**
 * How well predicted classes match the true ones: the confusion matrix and, per class,
 * precision, recall and F1, with macro and support-weighted averages (as scikit-learn's
 * {@code classification_report} prints them).
 */
public final class ClassificationReport {

    /** Precision, recall, F1 and the number of true samples (support) of one class or an average. */
    public record Scores(double precision, double recall, double f1, long support) {
    }

    private final List<String> classNames;
    private final long[][] confusion;
    private final long total;

    /**
     * @param truth     the true class of each sample
     * @param predicted the predicted class of each sample, same length
     */
    public ClassificationReport(int[] truth, int[] predicted, List<String> classNames) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("Expected one prediction per sample: " + truth.length + " samples, "
                    + predicted.length + " predictions.");
        }
        this.classNames = List.copyOf(classNames);
        int k = classNames.size();
        confusion = new long[k][k];
        for (int i = 0; i < truth.length; i++) {
            confusion[truth[i]][predicted[i]]++;
        }
        total = truth.length;
    }

    public List<String> classNames() {
        return classNames;
    }

    /** {@code confusion()[t][p]} counts the samples of true class t predicted as p. */
    public long[][] confusion() {
        long[][] copy = new long[confusion.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    public double accuracy() {
        long hits = 0;
        for (int c = 0; c < confusion.length; c++) {
            hits += confusion[c][c];
        }
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    /** Scores of one class; a ratio with nothing to divide by counts as 0, as scikit-learn does. */
    public Scores scores(int c) {
        long tp = confusion[c][c];
        long predicted = 0;
        long actual = 0;
        for (int i = 0; i < confusion.length; i++) {
            predicted += confusion[i][c];
            actual += confusion[c][i];
        }
        double precision = ratio(tp, predicted);
        double recall = ratio(tp, actual);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1, actual);
    }

    /** The unweighted mean over classes: every class counts the same, however rare. */
    public Scores macroAverage() {
        return average(false);
    }

    /** The mean over classes weighted by their support. */
    public Scores weightedAverage() {
        return average(true);
    }

    private Scores average(boolean weighted) {
        double p = 0;
        double r = 0;
        double f = 0;
        double weights = 0;
        for (int c = 0; c < confusion.length; c++) {
            Scores s = scores(c);
            double w = weighted ? s.support() : 1;
            p += w * s.precision();
            r += w * s.recall();
            f += w * s.f1();
            weights += w;
        }
        return weights == 0 ? new Scores(0, 0, 0, total) : new Scores(p / weights, r / weights, f / weights, total);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** The report as a text table for the command line. */
    public String render() {
        int width = Math.max(12, classNames.stream().mapToInt(String::length).max().orElse(0) + 2);
        String row = "%-" + width + "s %10s %10s %10s %10s%n";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, row, "", "precision", "recall", "f1-score", "support"));
        for (int c = 0; c < classNames.size(); c++) {
            sb.append(line(row, classNames.get(c), scores(c)));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, row, "accuracy", "", "", String.format(Locale.ROOT, "%.4f", accuracy()), total));
        sb.append(line(row, "macro avg", macroAverage()));
        sb.append(line(row, "weighted avg", weightedAverage()));
        return sb.toString();
    }

    /**
     * The confusion matrix as a text table: a row per true class, a column per predicted class,
     * each column as wide as its class name (at least 6).
     */
    public String renderConfusion() {
        int first = Math.max(12, classNames.stream().mapToInt(String::length).max().orElse(0) + 2);
        StringBuilder sb = new StringBuilder("Confusion matrix (rows: true class, columns: predicted class)\n");
        sb.append(" ".repeat(first));
        for (String name : classNames) {
            sb.append(' ').append(String.format(Locale.ROOT, "%" + Math.max(6, name.length()) + "s", name));
        }
        sb.append('\n');
        for (int t = 0; t < classNames.size(); t++) {
            sb.append(String.format(Locale.ROOT, "%-" + first + "s", classNames.get(t)));
            for (int c = 0; c < classNames.size(); c++) {
                sb.append(' ').append(String.format(Locale.ROOT, "%" + Math.max(6, classNames.get(c).length()) + "d", confusion[t][c]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String line(String row, String label, Scores s) {
        return String.format(Locale.ROOT, row, label, String.format(Locale.ROOT, "%.4f", s.precision()),
                String.format(Locale.ROOT, "%.4f", s.recall()), String.format(Locale.ROOT, "%.4f", s.f1()), s.support());
    }
}
