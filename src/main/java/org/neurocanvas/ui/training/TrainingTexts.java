package org.neurocanvas.ui.training;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import org.neurocanvas.train.TrainingEvent;
import org.neurocanvas.train.TrainingEvent.EpochEnd;
import org.neurocanvas.train.TrainingEvent.Failed;
import org.neurocanvas.train.TrainingEvent.Finished;

/** The words and numbers of the training panel; figures use a point as decimal mark everywhere. */
final class TrainingTexts {

    /** The status while a run trains. */
    static final String TRAINING = "Training: Stop ends the run after the current batch.";
    /** The status while a run is paused. */
    static final String PAUSED = "Paused: Resume continues from the next batch.";
    /** The largest learning rate a project accepts, and so the live field too. */
    static final double MAX_RATE = 10;

    private TrainingTexts() {
    }

    /** "Epoch 12 / 200". */
    static String epoch(int epoch, int epochs) {
        return "Epoch " + epoch + " / " + epochs;
    }

    /**
     * The figures beside the charts, each line saying what its figures are, since the training
     * ones follow the curve's smoothed batches during an epoch and are the epoch's mean when the run
     * ends on one, and the validation ones are measured only at an epoch's end:
     * "smoothed: loss 0.4121 · acc 84.3%" over "epoch 3 val: loss 0.4410 · acc 83.0%". The
     * validation line only once there is one, the accuracies only for classes.
     *
     * @param trainEpoch the epoch whose mean the training figures are, or 0 for the smoothed batches
     * @param valEpoch   the epoch the validation figures were measured after
     */
    static String metrics(double loss, double accuracy, int trainEpoch, double valLoss, double valAccuracy, int valEpoch) {
        String train = (trainEpoch == 0 ? "smoothed: " : "epoch " + trainEpoch + " mean: ")
                + String.format(Locale.ROOT, "loss %.4f", loss) + (Double.isNaN(accuracy) ? "" : " · acc " + percent(accuracy));
        if (Double.isNaN(valLoss)) {
            return train;
        }
        // As short as the line above it: the dashboard's column has no room for val_loss and val_acc.
        return train + "\nepoch " + valEpoch + String.format(Locale.ROOT, " val: loss %.4f", valLoss)
                + (Double.isNaN(valAccuracy) ? "" : " · acc " + percent(valAccuracy));
    }

    /** The sentence for the end of a run, as the status bar shows it. */
    static String ending(TrainingEvent end) {
        if (end instanceof Failed f) {
            return f.sentence();
        }
        Finished f = (Finished) end;
        EpochEnd last = f.last();
        if (last == null) {
            return f.stopped() ? "Stopped before the first epoch ended." : "Finished without training an epoch.";
        }
        String result = result(last);
        if (f.stopped()) {
            return "Stopped after epoch " + last.epoch() + ": " + result + ".";
        }
        return "Finished " + last.epoch() + (last.epoch() == 1 ? " epoch: " : " epochs: ") + result + ".";
    }

    /**
     * The figure a run ends on: the validation accuracy, or without a validation set the training
     * accuracy; without classes (a regression) the validation loss, or else the training loss.
     */
    static String result(EpochEnd last) {
        if (Double.isNaN(last.accuracy())) {
            return Double.isNaN(last.valLoss())
                    ? String.format(Locale.ROOT, "training loss %.4f", last.loss())
                    : String.format(Locale.ROOT, "validation loss %.4f", last.valLoss());
        }
        return Double.isNaN(last.valAccuracy())
                ? "training accuracy " + percent(last.accuracy())
                : "validation accuracy " + percent(last.valAccuracy());
    }

    /** 0.843 as "84.3%". */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** A learning rate as typed, without exponent or trailing zeros: 0.0001 as "0.0001", 2 as "2". */
    static String rate(double rate) {
        return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }

    /** The learning rate in {@code text}, if it is a number above 0 and at most {@value #MAX_RATE}. */
    static OptionalDouble parseRate(String text) {
        try {
            double rate = Double.parseDouble(text.strip());
            return rate > 0 && rate <= MAX_RATE ? OptionalDouble.of(rate) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Why {@code text} is no learning rate, as the status bar shows it. */
    static String rateError(String text) {
        return "Learning rate must be a number above 0 and at most 10, found '" + text + "'.";
    }
}
