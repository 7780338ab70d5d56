package org.neurocanvas.export;

import java.util.List;

/**
 * What training reported at the end of each epoch, kept with a model so that its curves can be
 * shown again. Validation figures are NaN when the run had no validation set.
 *
 * @param epochs one row per epoch, in order
 */
public record TrainingHistory(List<Epoch> epochs) {

    /** Copies the list. */
    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    /**
     * One epoch's figures.
     *
     * @param epoch       1-based epoch number
     * @param loss        mean training loss over the epoch
     * @param accuracy    training accuracy over the epoch
     * @param valLoss     validation loss at the end of the epoch, or NaN
     * @param valAccuracy validation accuracy at the end of the epoch, or NaN
     */
    public record Epoch(int epoch, double loss, double accuracy, double valLoss, double valAccuracy) {
    }
}
