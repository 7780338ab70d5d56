package org.neurocanvas.train;

/**
 * Exponential moving averages of batch loss and accuracy, bias-corrected as in Adam so that
 * the first batches are not pulled towards zero.
 */
final class Smoothed {

    /** Weight of the past: about the last 20 batches count. */
    private static final double BETA = 0.95;

    private double loss;
    private double accuracy;
    private double weight;

    void add(double batchLoss, double batchAccuracy) {
        loss = BETA * loss + (1 - BETA) * batchLoss;
        accuracy = BETA * accuracy + (1 - BETA) * batchAccuracy;
        weight = BETA * weight + (1 - BETA);
    }

    double loss() {
        return loss / weight;
    }

    double accuracy() {
        return accuracy / weight;
    }
}
