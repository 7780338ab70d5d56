package org.neurocanvas.train;

/** What the training loop reports, on its worker thread, as it goes. */
public sealed interface TrainingEvent {

    /** After each batch: the running means of loss and accuracy over the epoch so far. */
    record BatchEnd(int epoch, int epochs, int batch, int batches, double loss, double accuracy) implements TrainingEvent {
        /** Position in the whole run, in epochs: 2.5 is half way through the third epoch. */
        public double progress() {
            return (epoch - 1) + (double) batch / batches;
        }
    }

    /** After each epoch, 1-based; the validation figures are NaN when there is no validation set. */
    record EpochEnd(int epoch, int epochs, double loss, double accuracy, double valLoss, double valAccuracy)
            implements TrainingEvent {
    }

    /** The run ended: all epochs done, or stopped by the person; {@code last} is null if no epoch ended. */
    record Finished(boolean stopped, EpochEnd last) implements TrainingEvent {
    }

    /** The run broke off: a sentence for the person (for example the loss became NaN). */
    record Failed(String sentence, Throwable cause) implements TrainingEvent {
    }
}
