package org.neurocanvas.ui.data;

import java.util.List;
import java.util.Locale;
import org.neurocanvas.data.ClassBalance;
import org.neurocanvas.data.ColumnSummary;

/** The words and numbers of the Data tab. Plain Java, tested without a window. */
final class DataTexts {

    /** Classes listed by name in a column's values; more are counted. */
    static final int MAX_LISTED = 5;
    /** The type shown for a column left out of the features. */
    static final String LEFT_OUT = "left out";

    private DataTexts() {
    }

    /** A count of samples on a chart's axis, "1,200"; empty between whole numbers, where there is nothing to count. */
    static String count(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value) : "";
    }

    /** A statistic with four significant digits, a dash for none (a text column has no mean). */
    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : "–";
    }

    /**
     * What a column is to the network: numeric or categorical, or "left out" when the data leaves it out of the
     * features, so an id or a name does not pass for a feature. The type column is always in view; the values may not be.
     */
    static String type(ColumnSummary c, List<String> excluded) {
        return excluded.contains(c.name()) ? LEFT_OUT : c.type().name().toLowerCase(Locale.ROOT);
    }

    /** "3: setosa 50, versicolor 50, virginica 50"; the first few of many; empty for a numeric feature. */
    static String categories(ColumnSummary c) {
        if (c.distinct() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder().append(c.distinct()).append(": ");
        for (int i = 0; i < Math.min(MAX_LISTED, c.distinct()); i++) {
            text.append(i == 0 ? "" : ", ").append(c.categories().get(i)).append(' ').append(c.counts().get(i));
        }
        if (c.distinct() > MAX_LISTED) {
            text.append(", …");
        }
        return text.toString();
    }

    /** Whether the classes are balanced, in a sentence: a network can learn to favour a large class. */
    static String balance(ClassBalance b) {
        double ratio = b.imbalance();
        if (Double.isInfinite(ratio)) {
            return "A class has no samples at all: the network cannot learn it.";
        }
        if (ratio <= 1.5) {
            return String.format(Locale.ROOT, "Balanced: the largest class has %.1f× the samples of the smallest.", ratio);
        }
        return String.format(Locale.ROOT, "Unbalanced: the largest class has %.1f× the samples of the smallest, so accuracy "
                + "can look good while the small classes are missed; look at recall per class.", ratio);
    }
}
