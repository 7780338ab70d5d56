package org.neurocanvas.data;

/**
 * What the CSV loader does with a missing value: an empty field, {@code NA}, {@code N/A},
 * {@code NaN} or {@code ?} (letters in any case).
 */
public enum MissingValues {

    /** Stop at the first missing value with a sentence naming its line and column. */
    FAIL,

    /** Leave out every row that has a missing value anywhere, the label included. */
    DROP_ROW,

    /**
     * Fill a number with its column's mean; fill a category's one-hot columns with each category's
     * share of the rows, which is the mean of those columns. A missing label cannot be filled and
     * fails as with {@link #FAIL}.
     */
    FILL_MEAN
}
