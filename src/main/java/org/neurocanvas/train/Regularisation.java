package org.neurocanvas.train;

import java.util.List;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.neurocanvas.engine.Parameter;

/**
 * What the trainer does to gradients and weights around the optimiser's step: an L2 penalty,
 * gradient clipping and decoupled weight decay. All are off (0) by default and then cost nothing.
 *
 * <p>The penalty and the decay apply to weights only: parameters of two or more dimensions (Dense
 * and convolution kernels, recurrent matrices). Vectors, which are biases and normalisation gains
 * and shifts, are left alone, as is usual practice: shrinking a bias or a BatchNorm gain towards 0
 * does not simplify the function, it only shifts or silences units.
 *
 * <p>Order within a step: the penalty's gradient {@code l2 w} joins the loss's gradient (the
 * reported loss includes {@code l2/2 ||w||²}, so the gradient is that of the reported loss, as in
 * Keras); then the whole gradient is clipped, by global norm and then element by element; the
 * optimiser steps; then decay shrinks each weight by {@code lr decay w} (AdamW's decoupled decay).
 * Gradients are changed in place, so the views that show them show what was stepped with.
 */
final class Regularisation {

    private double l2;
    private double weightDecay;
    private double clipNorm;
    private double clipValue;

    void setL2(double lambda) {
        l2 = requireNonNegative("L2 penalty", lambda);
    }

    void setWeightDecay(double decay) {
        weightDecay = requireNonNegative("Weight decay", decay);
    }

    void setClipping(double maxNorm, double maxValue) {
        clipNorm = requireNonNegative("Gradient clipping's maximum norm", maxNorm);
        clipValue = requireNonNegative("Gradient clipping's maximum value", maxValue);
    }

    /** Whether the penalty and decay touch this parameter: two or more dimensions. */
    static boolean isWeight(Parameter p) {
        return p.value().rank() >= 2;
    }

    /** The L2 penalty {@code l2/2} times the sum of squared weights, to add to the loss; 0 when off. */
    double penalty(List<Parameter> parameters) {
        if (l2 == 0) {
            return 0;
        }
        double squares = 0;
        for (Parameter p : parameters) {
            if (isWeight(p)) {
                double norm = p.value().norm2Number().doubleValue();
                squares += norm * norm;
            }
        }
        return l2 / 2 * squares;
    }

    /**
     * Adds the penalty's gradient, then clips, in place.
     *
     * @return the global gradient norm before clipping when it was measured (clipping by norm is
     *     on), else 0; a non-finite norm means a gradient is not finite
     */
    double adjustGradients(List<Parameter> parameters) {
        if (l2 > 0) {
            for (Parameter p : parameters) {
                if (isWeight(p)) {
                    Nd4j.getBlasWrapper().level1().axpy(p.size(), l2, p.value(), p.grad());
                }
            }
        }
        double norm = 0;
        if (clipNorm > 0) {
            norm = globalNorm(parameters);
            if (norm > clipNorm) {
                double scale = clipNorm / norm;
                parameters.forEach(p -> p.grad().muli(scale));
            }
        }
        if (clipValue > 0) {
            for (Parameter p : parameters) {
                BooleanIndexing.replaceWhere(p.grad(), clipValue, Conditions.greaterThan(clipValue));
                BooleanIndexing.replaceWhere(p.grad(), -clipValue, Conditions.lessThan(-clipValue));
            }
        }
        return norm;
    }

    /** The cap on the global gradient norm, 0 when off. */
    double clipNorm() {
        return clipNorm;
    }

    /** Shrinks each weight by {@code learningRate * decay * w}, after the optimiser's step. */
    void decay(List<Parameter> parameters, double learningRate) {
        if (weightDecay > 0) {
            double keep = 1 - learningRate * weightDecay;
            for (Parameter p : parameters) {
                if (isWeight(p)) {
                    p.value().muli(keep);
                }
            }
        }
    }

    /** The L2 norm of all gradients together, as if they were one vector. */
    static double globalNorm(List<Parameter> parameters) {
        double squares = 0;
        for (Parameter p : parameters) {
            double norm = p.grad().norm2Number().doubleValue();
            squares += norm * norm;
        }
        return Math.sqrt(squares);
    }

    private static double requireNonNegative(String setting, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(setting + " must be 0 (off) or a positive number, found " + value + ".");
        }
        return value;
    }
}
