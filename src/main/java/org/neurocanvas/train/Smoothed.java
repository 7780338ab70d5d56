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

    /**
     * @param share the batch's rows over a whole batch's: a short last batch counts for its share
     */
    void add(double batchLoss, double batchAccuracy, double share) {
        double past = Math.pow(BETA, share);
        loss = past * loss + (1 - past) * batchLoss;
        accuracy = past * accuracy + (1 - past) * batchAccuracy;
        weight = past * weight + (1 - past);
    }

    double loss() {
        return loss / weight;
    }

    double accuracy() {
        return accuracy / weight;
    }
}
