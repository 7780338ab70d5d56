package org.neurocanvas.ui.data;

import java.util.List;
import org.neurocanvas.data.ClassBalance;
import org.neurocanvas.data.ColumnSummary;

/**
 * What the Data tab shows of a project's data, made off the FX thread by {@link DataPreviews}: a
 * line that sums it up, then either a table's first rows with per-column statistics or sample
 * images with the same images augmented, and the class balance.
 *
 * @param summary "iris.csv: 150 samples of 4 values, 3 classes"
 * @param table   the first rows and the column statistics; null for images
 * @param images  sample images; null for a table
 * @param balance how many samples each class has; null without classes
 */
public record DataPreview(String summary, Table table, Images images, ClassBalance balance) {

    /**
     * A table's first rows, as written, and what each column holds.
     *
     * @param columns the column names
     * @param rows    the first rows, one text per column
     * @param stats    one summary per column, in the same order
     * @param excluded the names of the columns the project leaves out of the features
     */
    public record Table(List<String> columns, List<List<String>> rows, List<ColumnSummary> stats, List<String> excluded) {
        /** Copies the lists. */
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            stats = List.copyOf(stats);
            excluded = List.copyOf(excluded);
        }
    }

    /**
     * Sample images, as they are and as augmentation changes them for training.
     *
     * @param shape     height, width, channels
     * @param labels    each sample's class name (empty without classes)
     * @param plain     the samples' values, sample after sample
     * @param augmented the same samples augmented; null when the project augments nothing
     */
    public record Images(int[] shape, List<String> labels, float[] plain, float[] augmented) {

        /** The number of samples. */
        public int count() {
            return plain.length / (shape[0] * shape[1] * shape[2]);
        }
    }
}
