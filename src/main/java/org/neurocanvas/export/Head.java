package org.neurocanvas.export;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurocanvas.engine.SoftmaxCrossEntropy;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.layers.OutputKind;

/**
 * What predictions make of the network's last values, as the Output layer's loss decides: class
 * probabilities through softmax, the two probabilities [1 - p, p] of a single logit through
 * sigmoid (binary cross-entropy), or the values themselves for a regression or reconstruction.
 * Every export ends its graph with the same head.
 */
public enum Head {
    /** Softmax cross-entropy: one score per class becomes one probability per class. */
    SOFTMAX,
    /** Binary cross-entropy on one logit z: class 0 has probability 1 - sigmoid(z), class 1 sigmoid(z). */
    SIGMOID,
    /** Squared, absolute or Huber error: the output is the prediction. */
    VALUES;

    /** The head of the project's Output layer. */
    static Head of(Project project) {
        Analysis analysis = project.analyse();
        String loss = analysis.output().orElseThrow().textSetting(OutputKind.LOSS);
        return switch (loss) {
            case OutputKind.SOFTMAX_CROSS_ENTROPY -> SOFTMAX;
            case OutputKind.BINARY_CROSS_ENTROPY -> SIGMOID;
            default -> VALUES;
        };
    }

    /** Whether predictions are class probabilities rather than values. */
    public boolean isClassifier() {
        return this != VALUES;
    }

    /**
     * Predictions from the network's outputs, one row per sample: [N, classes] probabilities, or the
     * outputs flattened to [N, values].
     */
    INDArray apply(INDArray outputs) {
        INDArray rows = outputs.reshape('c', outputs.size(0), outputs.length() / outputs.size(0));
        return switch (this) {
            case SOFTMAX -> SoftmaxCrossEntropy.softmax(rows);
            case SIGMOID -> {
                // The order of train.Predictions, so that both give the same figures.
                INDArray p = Transforms.sigmoid(rows, true);
                yield Nd4j.hstack(p.rsub(1), p);
            }
            case VALUES -> rows;
        };
    }
}
