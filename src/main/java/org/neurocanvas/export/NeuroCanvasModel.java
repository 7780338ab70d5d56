package org.neurocanvas.export;

import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.data.Scaler;
import org.neurocanvas.engine.Program;

/**
 * A trained network loaded from a {@code .ncmodel} bundle, for predictions from Java without a
 * window: class probabilities for a classifier, the predicted values for a regression or an
 * autoencoder (see {@link #head()}). Samples go in raw, as in the training data (the bundle's scaling is applied here), each
 * one flat: its features, or an image's pixels row by row with the channels innermost (HWC).
 *
 * <p>Predictions run one at a time per model; load the bundle once per thread for parallel work.
 */
public final class NeuroCanvasModel {

    /** Samples per forward pass: bounds the memory of the network's activations. */
    private static final int CHUNK = 1024;

    private final ModelBundle bundle;
    private final Program network;

    private NeuroCanvasModel(ModelBundle bundle, Program network) {
        this.bundle = bundle;
        this.network = network;
    }

    /**
     * Loads and verifies a bundle.
     *
     * @throws ModelFileException one sentence naming the file and what is wrong with it
     */
    public static NeuroCanvasModel load(Path bundleFile) throws ModelFileException {
        return of(ModelBundle.read(bundleFile));
    }

    /**
     * A model for a bundle already in memory, such as one just trained.
     *
     * @throws ModelFileException when the bundle's tensors do not fit its network
     */
    public static NeuroCanvasModel of(ModelBundle bundle) throws ModelFileException {
        return new NeuroCanvasModel(bundle, bundle.network());
    }

    /**
     * The prediction for each sample: the probability of each class for a classifier (softmax, or
     * [1 - p, p] for a single binary cross-entropy logit), the network's output values for a
     * regression or reconstruction.
     *
     * @param samples raw samples, each of {@link #featureCount()} values
     * @return one row per sample: one probability per class in the order of {@link #classNames()},
     *         or {@link #outputWidth()} values (an image row by row, channels innermost)
     * @throws IllegalArgumentException naming the first sample of the wrong length
     */
    public synchronized float[][] predict(float[][] samples) {
        int width = featureCount();
        for (int i = 0; i < samples.length; i++) {
            if (samples[i].length != width) {
                throw new IllegalArgumentException("Sample " + (i + 1) + " has " + samples[i].length + " values, but model '"
                        + name() + "' takes " + width + " (input shape " + bundle.inputShape().text() + ").");
            }
        }
        float[][] predictions = new float[samples.length][];
        Head head = bundle.head();
        Scaler scaler = bundle.scaler();
        for (int from = 0; from < samples.length; from += CHUNK) {
            int count = Math.min(CHUNK, samples.length - from);
            float[] batch = new float[count * width];
            for (int i = 0; i < count; i++) {
                System.arraycopy(samples[from + i], 0, batch, i * width, width);
            }
            scaler.apply(batch, count);
            INDArray outputs = network.forward(Nd4j.create(batch, new long[] {count, width}, 'c'), false);
            float[][] rows = head.apply(outputs).toFloatMatrix();
            System.arraycopy(rows, 0, predictions, from, count);
        }
        return predictions;
    }

    /**
     * The most probable class of each sample, as an index into {@link #classNames()}.
     *
     * @throws IllegalArgumentException naming the first sample of the wrong length
     * @throws IllegalStateException    when the model predicts values rather than classes
     */
    public int[] predictClass(float[][] samples) {
        if (!head().isClassifier()) {
            throw new IllegalStateException("Model '" + name() + "' predicts " + outputWidth() + " values per sample, not classes.");
        }
        float[][] probabilities = predict(samples);
        int[] classes = new int[samples.length];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = argMax(probabilities[i]);
        }
        return classes;
    }

    /** The index of the largest value; the first of equals, as the engine's accuracy counts it. */
    static int argMax(float[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }

    /** What predictions are: class probabilities (softmax or sigmoid) or values. */
    public Head head() {
        return bundle.head();
    }

    /** The number of values in each row of {@link #predict}: the classes, or the network's output values. */
    public int outputWidth() {
        return head() == Head.VALUES ? (int) bundle.outputShape().size() : classNames().size();
    }

    /** One name per class, in the order of the probabilities; empty for a model that predicts values. */
    public List<String> classNames() {
        return bundle.classNames();
    }

    /** The shape of one sample without the batch: {@code [4]} for iris, {@code [28, 28, 1]} for MNIST (HWC). */
    public int[] inputShape() {
        return bundle.inputShape().dims();
    }

    /** The number of values in one sample, the product of {@link #inputShape()}. */
    public int featureCount() {
        return (int) bundle.inputShape().size();
    }

    /** The model's name, the name of the project it was trained from. */
    public String name() {
        return bundle.project().name();
    }

    /** The bundle this model was loaded from: project, tensors, scaling, history. */
    public ModelBundle bundle() {
        return bundle;
    }
}
