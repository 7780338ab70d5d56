package org.neurocanvas.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.Augmentation;
import org.neurocanvas.data.ClassBalance;
import org.neurocanvas.data.ColumnSummary;
import org.neurocanvas.data.CsvLoader;
import org.neurocanvas.data.CsvPreview;
import org.neurocanvas.data.CsvReport;
import org.neurocanvas.data.DataFileException;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.KnownDataset;
import org.neurocanvas.model.AugmentationSpec;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.ui.evaluation.Thumbnails;

/**
 * Makes the Data tab's {@link DataPreview} of a project's data: a CSV file (or a table that ships,
 * iris and diabetes, as {@link KnownDataset} reads it) through the data room's preview and report,
 * so its columns keep their names and types; images as a few evenly spread samples with the project's augmentation applied; any
 * other data as a table of its values. Slow (it reads the files): call it off the FX thread.
 */
public final class DataPreviews {

    /** Rows of a table shown. */
    static final int ROWS = 20;
    /** Images shown, plain and augmented. */
    static final int IMAGES = 24;
    /** Values of a sample shown as table columns; wider samples are cut at this many. */
    static final int MAX_COLUMNS = 16;

    private DataPreviews() {
    }

    /**
     * @param augmentationSeed draws the augmentation shown, so "Augment again" shows new variants
     * @throws CompileException a sentence naming the file or setting at fault
     */
    public static DataPreview of(Project project, long augmentationSeed) throws CompileException {
        DataSpec spec = project.data();
        // A table is read through its report, which counts missing values where a load would refuse them.
        try {
            if ("csv".equals(spec.source())) {
                Path csv = project.resolve(spec.path());
                return table(CsvLoader.preview(csv, ROWS), CsvLoader.inspect(csv, DataPipeline.csvOptions(spec)), spec.exclude());
            }
            if (DataSpec.SHIPPED.contains(spec.source()) && KnownDataset.byId(spec.source()).isTable()) {
                KnownDataset known = KnownDataset.byId(spec.source());
                return table(known.preview(ROWS), known.inspect(), List.of());
            }
        } catch (DataFileException e) {
            throw new CompileException(e.getMessage());
        }
        Dataset data = DataPipeline.load(project);
        ClassBalance balance = data.isClassification() ? ClassBalance.of(data) : null;
        if (Thumbnails.isImage(data.sampleShape())) {
            return new DataPreview(summary(data), null, images(data, spec.augmentation(), augmentationSeed), balance);
        }
        return new DataPreview(summary(data), table(data), null, balance);
    }

    private static DataPreview table(CsvPreview preview, CsvReport report, List<String> excluded) {
        return new DataPreview(summary(report), new DataPreview.Table(preview.columns(), preview.rows(), report.columns(), excluded), null,
                report.classNames().isEmpty() ? null : report.balance());
    }

    /** "iris.csv: 150 rows, 5 columns, 3 classes"; with the rows missing a value, when there are any. */
    static String summary(CsvReport r) {
        String targets = r.classNames().isEmpty() ? "a number to predict" : r.classNames().size() + " classes";
        String missing = r.rowsWithMissing() == 0 ? ""
                : String.format(Locale.ROOT, "; %,d %s a missing value", r.rowsWithMissing(), r.rowsWithMissing() == 1 ? "row has" : "rows have");
        return String.format(Locale.ROOT, "%s: %,d rows, %d columns, %s%s", r.file(), r.rows(), r.columns().size(), targets, missing);
    }

    /** "spiral: 600 samples of 2 values, 3 classes"; "mnist-10k: 10,000 samples of 28 × 28 × 1, numbers to predict". */
    static String summary(Dataset data) {
        int[] shape = data.sampleShape();
        StringBuilder shapeText = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            shapeText.append(i == 0 ? "" : " × ").append(shape[i]);
        }
        String of = shape.length == 1 ? shape[0] + (shape[0] == 1 ? " value" : " values") : shapeText.toString();
        String targets = data.isClassification() ? data.classes() + " classes"
                : data.isReconstruction() ? "each its own target (reconstruction)" : "numbers to predict (regression)";
        return String.format(Locale.ROOT, "%s: %,d samples of %s, %s", data.name(), data.size(), of, targets);
    }

    /** Evenly spread samples, and the same ones augmented as a training batch would be. */
    static DataPreview.Images images(Dataset data, AugmentationSpec spec, long seed) {
        int n = Math.min(IMAGES, data.size());
        int[] picked = new int[n];
        for (int i = 0; i < n; i++) {
            picked[i] = (int) ((long) i * data.size() / n);
        }
        float[] plain = new float[n * data.featureCount()];
        data.gather(picked, 0, n, plain, new float[n * data.targetWidth()]);
        List<String> labels = new ArrayList<>();
        if (data.isClassification()) {
            int[] all = data.labels();
            for (int i : picked) {
                labels.add(data.classNames().get(all[i]));
            }
        }
        Augmentation augmentation = spec == null ? Augmentation.NONE
                : new Augmentation(spec.rotation(), spec.scale(), spec.shift(), spec.flip(), spec.brightness());
        float[] augmented = null;
        if (!augmentation.isNone()) {
            augmented = plain.clone();
            augmentation.apply(augmented, n, data.sampleShape(), new Random(seed));
        }
        return new DataPreview.Images(data.sampleShape(), labels, plain, augmented);
    }

    /** The first samples' values as a table (x1, x2, ... and the class), with statistics over every sample. */
    static DataPreview.Table table(Dataset data) {
        int width = Math.min(MAX_COLUMNS, data.featureCount());
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            columns.add("x" + (j + 1));
        }
        boolean classes = data.isClassification();
        if (classes) {
            columns.add("class");
        }
        int[] labels = classes ? data.labels() : null;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(ROWS, data.size()); i++) {
            List<String> row = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                row.add(String.format(Locale.ROOT, "%.4g", data.feature(i, j)));
            }
            if (classes) {
                row.add(data.classNames().get(labels[i]));
            }
            rows.add(row);
        }
        List<ColumnSummary> stats = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            stats.add(numeric(columns.get(j), data, j));
        }
        if (classes) {
            ClassBalance balance = ClassBalance.of(data);
            stats.add(new ColumnSummary("class", ColumnSummary.Type.CATEGORICAL, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    balance.classNames(), balance.counts()));
        }
        return new DataPreview.Table(columns, rows, stats, List.of());
    }

    /** Minimum, maximum, mean and (population) standard deviation of one value over every sample. */
    static ColumnSummary numeric(String name, Dataset data, int j) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double squares = 0;
        int n = data.size();
        for (int i = 0; i < n; i++) {
            double v = data.feature(i, j);
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            squares += v * v;
        }
        double mean = sum / n;
        return new ColumnSummary(name, ColumnSummary.Type.NUMERIC, 0, min, max, mean, Math.sqrt(Math.max(0, squares / n - mean * mean)),
                List.of(), List.of());
    }
}
