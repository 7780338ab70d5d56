package org.neurocanvas.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The files of a prediction run: samples to predict, one per line, and the predictions, one per
 * sample: the predicted class and every class's probability, or the predicted values.
 */
public final class PredictionCsv {

    /** A decimal number as CSV files write them: 3, -0.25, .5, 1e-3. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private PredictionCsv() {
    }

    /**
     * Reads raw samples, one per line: {@code featureCount} numbers separated by commas (or
     * semicolons or tabs), an image's pixels row by row with the channels innermost. A first line
     * that is not all numbers is a header and skipped, as are blank lines.
     *
     * @throws ModelFileException naming the file, the line and what was expected and found
     */
    public static float[][] readSamples(Path file, int featureCount) throws ModelFileException {
        String where = file.getFileName().toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(where + ": no such file.", e);
        } catch (MalformedInputException e) {
            throw new ModelFileException(where + " is not a text file in UTF-8.", e);
        } catch (IOException e) {
            throw new ModelFileException(where + " cannot be read (" + e.getMessage() + ").", e);
        }
        String delimiter = null;
        boolean firstLine = true;
        List<float[]> samples = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (delimiter == null) {
                delimiter = line.contains(",") ? "," : line.contains(";") ? ";" : "\t";
            }
            String[] cells = line.split(delimiter, -1);
            boolean header = firstLine && !NUMBER.matcher(cells[0].strip()).matches();
            firstLine = false;
            if (header) {
                continue;
            }
            if (cells.length != featureCount) {
                throw new ModelFileException(where + " line " + (n + 1) + ": expected " + featureCount + " values (one sample of the model's input), found "
                        + cells.length + ".");
            }
            float[] sample = new float[featureCount];
            for (int j = 0; j < featureCount; j++) {
                String cell = cells[j].strip();
                if (!NUMBER.matcher(cell).matches()) {
                    throw new ModelFileException(where + " line " + (n + 1) + ", column " + (j + 1) + ": expected a number, found '" + cell + "'.");
                }
                sample[j] = Float.parseFloat(cell);
            }
            samples.add(sample);
        }
        if (samples.isEmpty()) {
            throw new ModelFileException(where + " holds no samples: expected lines of " + featureCount + " numbers.");
        }
        return samples.toArray(float[][]::new);
    }

    /**
     * Writes predictions atomically: a header row ({@code predicted} and each class name), then per
     * sample the predicted class and each class's probability, in class order.
     *
     * @throws ModelFileException naming the file when it cannot be written
     */
    public static void write(Path file, List<String> classNames, float[][] probabilities) throws ModelFileException {
        AtomicFiles.write(file, "predictions file", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("predicted");
            for (String name : classNames) {
                w.write("," + quoted(name));
            }
            w.write("\n");
            for (float[] row : probabilities) {
                w.write(quoted(classNames.get(NeuroCanvasModel.argMax(row))));
                for (float p : row) {
                    w.write("," + p);
                }
                w.write("\n");
            }
            w.flush();
        });
    }

    /**
     * Writes a model's predictions as its head calls for: {@link #write} for a classifier, {@link
     * #writeValues} for a regression or reconstruction.
     *
     * @throws ModelFileException naming the file when it cannot be written
     */
    public static void write(Path file, NeuroCanvasModel model, float[][] predictions) throws ModelFileException {
        if (model.head().isClassifier()) {
            write(file, model.classNames(), predictions);
        } else {
            writeValues(file, predictions);
        }
    }

    /**
     * Writes predicted values atomically: a header row ({@code value} for a single value, else
     * {@code value_1}, {@code value_2}, ...), then one row of values per sample.
     *
     * @throws ModelFileException naming the file when it cannot be written
     */
    public static void writeValues(Path file, float[][] values) throws ModelFileException {
        int width = values.length == 0 ? 1 : values[0].length;
        AtomicFiles.write(file, "predictions file", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (int j = 0; j < width; j++) {
                w.write((j > 0 ? "," : "") + (width == 1 ? "value" : "value_" + (j + 1)));
            }
            w.write("\n");
            for (float[] row : values) {
                for (int j = 0; j < row.length; j++) {
                    w.write((j > 0 ? "," : "") + row[j]);
                }
                w.write("\n");
            }
            w.flush();
        });
    }

    /** RFC 4180 quoting, only where a name needs it. */
    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
