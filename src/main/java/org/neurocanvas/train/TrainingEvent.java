package org.neurocanvas.train;

/** What the training loop reports, on its worker thread, as it goes. */
public sealed interface TrainingEvent {

    /**
     * After each batch: loss and accuracy smoothed over the last few dozen batches (an
     * exponential moving average), so the curve follows training without the noise of single
     * batches or a jump where each epoch starts; {@code learningRate} is the rate this batch
     * stepped with (NaN when not known); {@code batchLoss} and {@code batchAccuracy} are this
     * batch's own figures, noise and all, or NaN for a last batch of less than half a batch (the
     * rows left over), whose 0 % or 100 % on two rows says nothing and stretched the charts.
     */
    record BatchEnd(int epoch, int epochs, int batch, int batches, double loss, double accuracy, double learningRate,
            double batchLoss, double batchAccuracy) implements TrainingEvent {
        /** A batch whose own figures are not known apart from the smoothed ones. */
        public BatchEnd(int epoch, int epochs, int batch, int batches, double loss, double accuracy, double learningRate) {
            this(epoch, epochs, batch, batches, loss, accuracy, learningRate, loss, accuracy);
        }

        /** Without the learning rate. */
        public BatchEnd(int epoch, int epochs, int batch, int batches, double loss, double accuracy) {
            this(epoch, epochs, batch, batches, loss, accuracy, Double.NaN);
        }

        /** Position in the whole run, in epochs: 2.5 is half way through the third epoch. */
        public double progress() {
            return (epoch - 1) + (double) batch / batches;
        }
    }

    /**
     * After each epoch, 1-based; the validation figures are NaN when there is no validation set.
     * With an L2 penalty both losses include it. {@code learningRate} is the rate of the epoch's
     * last batch (NaN when not known).
     */
    record EpochEnd(int epoch, int epochs, double loss, double accuracy, double valLoss, double valAccuracy, double learningRate)
            implements TrainingEvent {
        /** Without the learning rate. */
        public EpochEnd(int epoch, int epochs, double loss, double accuracy, double valLoss, double valAccuracy) {
            this(epoch, epochs, loss, accuracy, valLoss, valAccuracy, Double.NaN);
        }
    }

    /**
     * The run ended: all epochs done, stopped by the person, or stopped early because the
     * validation loss stopped improving ({@code bestEpoch} above 0, whose weights are kept when
     * asked); {@code last} is null if no epoch ended.
     */
    record Finished(boolean stopped, EpochEnd last, int bestEpoch) implements TrainingEvent {
        public Finished(boolean stopped, EpochEnd last) {
            this(stopped, last, 0);
        }

        public boolean stoppedEarly() {
            return bestEpoch > 0;
        }
    }

    /** The run broke off: a sentence for the person (for example the loss became NaN). */
    record Failed(String sentence, Throwable cause) implements TrainingEvent {
    }
}
