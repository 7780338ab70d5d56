package org.neurocanvas.train;

/**
 * How the learning rate changes over a run, as a rate for each batch from a base rate. The rate
 * is proportional to the base: {@code rate(b, ...) == b * rate(1, ...)}, which lets a rate set by
 * hand during a run rescale the base (see {@link Trainer#setLearningRate}).
 */
public interface LearningRateSchedule {

    /**
     * The rate for one batch.
     *
     * @param base            the base learning rate, positive
     * @param epoch           the epoch under way, from 1
     * @param batch           the batch under way within the epoch, from 1
     * @param batchesPerEpoch the number of batches in an epoch
     */
    double rate(double base, int epoch, int batch, int batchesPerEpoch);

    /** Sees each epoch's figures after it ends; schedules that react to the validation loss override it. */
    default void epochEnded(TrainingEvent.EpochEnd epoch) {
    }

    /** The base rate all the way. */
    static LearningRateSchedule constant() {
        return (base, epoch, batch, batchesPerEpoch) -> base;
    }

    /** Multiplies the rate by {@code factor} every {@code step} epochs: epochs 1..step at the base, then base * factor, ... */
    static LearningRateSchedule step(int step, double factor) {
        requireAtLeastOne("Step schedule's step", step);
        requirePositive("Step schedule's factor", factor);
        return (base, epoch, batch, batchesPerEpoch) -> base * Math.pow(factor, (epoch - 1) / step);
    }

    /** Multiplies the rate by {@code factor} each epoch: the base in epoch 1, base * factor in epoch 2, ... */
    static LearningRateSchedule exponential(double factor) {
        requirePositive("Exponential schedule's factor", factor);
        return (base, epoch, batch, batchesPerEpoch) -> base * Math.pow(factor, epoch - 1);
    }

    /**
     * Rises linearly over the first {@code warmupEpochs} (batch by batch, reaching the base at the
     * last warm-up batch), then falls along half a cosine towards 0 over the remaining epochs, also
     * batch by batch (SGDR without restarts, as in Loshchilov and Hutter, 2017).
     *
     * @param warmupEpochs epochs of warm-up, 0 or more and fewer than {@code epochs}
     * @param epochs       the epochs of the whole run
     */
    static LearningRateSchedule cosine(int warmupEpochs, int epochs) {
        return new CosineSchedule(warmupEpochs, epochs);
    }

    /**
     * Multiplies the rate by {@code factor} once {@code patience} epochs in a row have not lowered
     * the best validation loss (the training loss when there is no validation set), as Keras's
     * {@code ReduceLROnPlateau}. It keeps state: use a new one for each run.
     */
    static LearningRateSchedule reduceOnPlateau(int patience, double factor) {
        return new PlateauSchedule(patience, factor);
    }

    /** Throws a sentence naming the setting unless {@code value} is at least 1. */
    static void requireAtLeastOne(String setting, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1, found " + value + ".");
        }
    }

    /** Throws a sentence naming the setting unless {@code value} is positive and finite. */
    static void requirePositive(String setting, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(setting + " must be a positive number, found " + value + ".");
        }
    }
}
