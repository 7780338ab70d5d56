package org.neurocanvas.data;

import java.util.List;

/**
 * What one column of a table holds, for the Data view: its type, how many values are missing, and
 * either its numeric statistics or its distinct values with how often each occurs. Statistics
 * cover the rows a load keeps and ignore missing values.
 *
 * @param name       the header name, or "column N" (1-based) without a header
 * @param type       how its values are read
 * @param missing    the number of missing values among the rows read
 * @param min        the smallest number of a numeric column, else NaN
 * @param max        the largest number, else NaN
 * @param mean       the mean of the numbers, else NaN
 * @param std        the standard deviation of the numbers (population, divided by n), else NaN
 * @param categories the distinct values in sorted order: a categorical column's categories or the
 *                   label column's classes; empty for a numeric feature or a regression target
 * @param counts     the rows holding each of the categories, in the same order
 */
public record ColumnSummary(String name, Type type, int missing, double min, double max, double mean, double std,
        List<String> categories, List<Integer> counts) {

    /** How a column's values are read. */
    public enum Type {
        /** Numbers: one feature each (as a label: whole numbers naming classes, or a regression target). */
        NUMERIC,
        /** Names: one-hot encoded, one feature per category (as a label: class names). */
        CATEGORICAL
    }

    /** Copies the lists and checks that every category has a count. */
    public ColumnSummary {
        categories = List.copyOf(categories);
        counts = List.copyOf(counts);
        if (categories.size() != counts.size()) {
            throw new IllegalArgumentException("Column '" + name + "' has " + categories.size()
                    + " categories, expected as many counts, found " + counts.size() + ".");
        }
    }

    /** The number of distinct values listed in {@link #categories()}. */
    public int distinct() {
        return categories.size();
    }
}
