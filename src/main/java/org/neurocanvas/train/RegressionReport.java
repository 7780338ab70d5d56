package org.neurocanvas.train;

import java.util.Arrays;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.engine.Program;

/**
 * How close a network's numbers come to the targets, over every target value of a data set:
 * mean squared error, mean absolute error, and R² (the share of the targets' variance explained:
 * 1 is perfect, 0 no better than always predicting the mean).
 *
 * @param samples how many samples were measured
 */
public record RegressionReport(int samples, double mse, double mae, double r2) {

    private static final int CHUNK = 1024;

    /** Runs the data set through the program in inference mode, in chunks. */
    public static RegressionReport of(Program program, Dataset data) {
        int n = data.size();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        int chunk = Math.max(1, Math.min(CHUNK, n));
        float[] x = new float[chunk * data.featureCount()];
        float[] y = Batch.targetBuffer(data, chunk);
        double squared = 0;
        double absolute = 0;
        double sum = 0;
        double sumSquares = 0;
        long values = 0;
        for (int from = 0; from < n; from += CHUNK) {
            int count = Math.min(CHUNK, n - from);
            data.gather(all, from, count, x, y);
            float[] predicted = program.forward(Batch.of(x, y, count, data.sampleShape(), data.targetShape()).features(), false)
                    .castTo(DataType.FLOAT).data().asFloat();
            int width = count * data.targetWidth();
            for (int i = 0; i < width; i++) {
                double error = predicted[i] - y[i];
                squared += error * error;
                absolute += Math.abs(error);
                sum += y[i];
                sumSquares += (double) y[i] * y[i];
            }
            values += width;
        }
        double variance = sumSquares / values - (sum / values) * (sum / values);
        double mse = squared / values;
        return new RegressionReport(n, mse, absolute / values, 1 - mse / variance);
    }

    /** One line, as the command line prints it. */
    public String render() {
        return String.format(Locale.ROOT, "samples=%d  mse=%.4f  mae=%.4f  r2=%.4f%n", samples, mse, mae, r2);
    }
}
