package org.neurocanvas.ui.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.train.Predictions;

/**
 * What the network said about each evaluated sample, kept so that a confusion-matrix cell can list
 * its samples: true class, predicted class and the probability of every class. Plain Java, tested
 * without a window.
 *
 * @param labels        the true class of each sample
 * @param predicted     the predicted class of each sample
 * @param probabilities sample after sample, one probability per class
 * @param classes       the number of classes
 */
public record Outcomes(int[] labels, int[] predicted, float[] probabilities, int classes) {

    /** Rejects arrays that do not fit together. */
    public Outcomes {
        if (labels.length != predicted.length || probabilities.length != (long) labels.length * classes) {
            throw new IllegalArgumentException("Outcomes need one prediction and " + classes + " probabilities per sample, found "
                    + labels.length + " labels, " + predicted.length + " predictions and " + probabilities.length + " probabilities.");
        }
    }

    /** The predictions of a data set with class labels. */
    public static Outcomes of(Predictions predictions, Dataset data) {
        int n = predictions.size();
        int k = data.classes();
        int[] predicted = new int[n];
        float[] probabilities = new float[n * k];
        for (int i = 0; i < n; i++) {
            predicted[i] = predictions.predicted(i);
            for (int c = 0; c < k; c++) {
                probabilities[i * k + c] = predictions.probability(i, c);
            }
        }
        return new Outcomes(data.labels(), predicted, probabilities, k);
    }

    /** The probability the network gave sample i for class c. */
    public float probability(int sample, int c) {
        return probabilities[sample * classes + c];
    }

    /**
     * The samples of class {@code truth} predicted as {@code predicted}, the most confident first
     * (for a mistake: the ones the network was surest of, the most instructive), at most {@code limit}.
     */
    public List<Integer> inCell(int truth, int predictedClass, int limit) {
        List<Integer> samples = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == truth && predicted[i] == predictedClass) {
                samples.add(i);
            }
        }
        samples.sort(Comparator.comparingDouble((Integer i) -> -probability(i, predictedClass)).thenComparingInt(i -> i));
        return samples.size() > limit ? List.copyOf(samples.subList(0, limit)) : samples;
    }
}
