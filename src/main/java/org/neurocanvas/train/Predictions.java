package org.neurocanvas.train;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.engine.Program;
import org.neurocanvas.engine.SoftmaxCrossEntropy;

/** What a trained network says about each sample of a data set: class probabilities and the predicted class. */
public final class Predictions {

    private static final int CHUNK = 1024;

    private final int classes;
    private final float[] probabilities;
    private final int[] predicted;

    private Predictions(int classes, float[] probabilities, int[] predicted) {
        this.classes = classes;
        this.probabilities = probabilities;
        this.predicted = predicted;
    }

    /** Runs the data set through the program in inference mode, in chunks. */
    public static Predictions of(Program program, Dataset data) {
        int n = data.size();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        int chunk = Math.max(1, Math.min(CHUNK, n));
        float[] x = new float[chunk * data.featureCount()];
        float[] y = Batch.targetBuffer(data, chunk);
        float[] probabilities = null;
        int classes = 0;
        int[] predicted = new int[n];
        for (int from = 0; from < n; from += CHUNK) {
            int count = Math.min(CHUNK, n - from);
            data.gather(all, from, count, x, y);
            INDArray p = probabilities(program.forward(Batch.of(x, y, count, data.sampleShape(), data.targetShape()).features(), false));
            if (probabilities == null) {
                classes = (int) p.size(1);
                probabilities = new float[n * classes];
            }
            float[][] rows = p.toFloatMatrix();
            for (int i = 0; i < count; i++) {
                System.arraycopy(rows[i], 0, probabilities, (from + i) * classes, classes);
                predicted[from + i] = argMax(rows[i]);
            }
        }
        return new Predictions(classes, probabilities == null ? new float[0] : probabilities, predicted);
    }

    /**
     * What the program gives back for each sample of a small data set, in inference mode (all in one
     * batch): its raw outputs, sample after sample, such as an autoencoder's reconstructions.
     */
    public static float[] outputs(Program program, Dataset data) {
        int n = data.size();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        float[] x = new float[n * data.featureCount()];
        float[] y = Batch.targetBuffer(data, n);
        data.gather(all, 0, n, x, y);
        INDArray out = program.forward(Batch.of(x, y, n, data.sampleShape(), data.targetShape()).features(), false);
        return out.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    /**
     * Class probabilities from logits: softmax over the classes, or, for a single logit (binary
     * cross-entropy), the sigmoid's p as class 1 beside 1 - p as class 0.
     */
    public static INDArray probabilities(INDArray logits) {
        if (logits.size(1) != 1) {
            return SoftmaxCrossEntropy.softmax(logits);
        }
        INDArray p = Transforms.sigmoid(logits, true);
        return Nd4j.hstack(p.rsub(1), p);
    }

    private static int argMax(float[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }

    public int size() {
        return predicted.length;
    }

    public int predicted(int sample) {
        return predicted[sample];
    }

    public float probability(int sample, int c) {
        return probabilities[sample * classes + c];
    }

    /** Compares the predictions with the data set's labels. */
    public ClassificationReport report(Dataset data) {
        return new ClassificationReport(data.labels(), predicted.clone(), data.classNames());
    }
}
