package org.neurocanvas.train;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.engine.Program;

/**
 * Mean loss and accuracy of a network on a data set, measured in inference mode; accuracy is NaN
 * where there are no classes (a regression or a reconstruction).
 */
public record Metrics(double loss, double accuracy) {

    private static final int CHUNK = 1024;

    /** Runs the whole data set through the program in chunks, without changing any parameter. */
    public static Metrics of(Program program, Dataset data) {
        if (data.size() == 0) {
            return new Metrics(Double.NaN, Double.NaN);
        }
        int[] all = new int[data.size()];
        Arrays.setAll(all, i -> i);
        float[] x = new float[Math.min(CHUNK, data.size()) * data.featureCount()];
        float[] y = Batch.targetBuffer(data, Math.min(CHUNK, data.size()));
        double lossSum = 0;
        long correct = 0;
        for (int from = 0; from < data.size(); from += CHUNK) {
            int count = Math.min(CHUNK, data.size() - from);
            data.gather(all, from, count, x, y);
            Batch batch = Batch.of(x, y, count, data.sampleShape(), data.targetShape());
            INDArray logits = program.forward(batch.features(), false);
            lossSum += program.loss(batch.labels()) * count;
            correct += data.isClassification() ? correct(logits, y, count) : 0;
        }
        return new Metrics(lossSum / data.size(), data.isClassification() ? (double) correct / data.size() : Double.NaN);
    }

    /**
     * How many rows of the logits have their largest score at the true class; a single logit (binary
     * cross-entropy) predicts class 1 when positive.
     */
    static int correct(INDArray logits, float[] labels, int count) {
        if (logits.size(1) == 1) {
            int hits = 0;
            for (int i = 0; i < count; i++) {
                if ((logits.getDouble(i, 0) > 0 ? 1 : 0) == (int) labels[i]) {
                    hits++;
                }
            }
            return hits;
        }
        INDArray predicted = Nd4j.argMax(logits, 1);
        int hits = 0;
        for (int i = 0; i < count; i++) {
            if (predicted.getInt(i) == (int) labels[i]) {
                hits++;
            }
        }
        return hits;
    }
}
