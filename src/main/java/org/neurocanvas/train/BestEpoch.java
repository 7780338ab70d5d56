package org.neurocanvas.train;

/**
 * Which epoch is the best so far: the one with the lowest validation loss, strictly lower than
 * every earlier one. Early stopping and the best-model checkpoint share this one rule, so the
 * checkpoint holds the weights early stopping restores. An epoch without a validation loss (NaN,
 * no validation set) never improves.
 */
final class BestEpoch {

    private double bestLoss = Double.POSITIVE_INFINITY;
    private int epoch;

    /** Records the epoch; true when it is the new best. */
    boolean improves(TrainingEvent.EpochEnd end) {
        if (Double.isNaN(end.valLoss()) || end.valLoss() >= bestLoss) {
            return false;
        }
        bestLoss = end.valLoss();
        epoch = end.epoch();
        return true;
    }

    /** The best epoch so far, 1-based; 0 before any epoch improved. */
    int epoch() {
        return epoch;
    }
}
