package org.neurocanvas.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run as plain data, for the project's history of runs: its settings, the curves
 * epoch by epoch, how it ended, and when and how long it ran. Immutable; Jackson reads and writes
 * it as it is.
 *
 * @param started      when the run started, an ISO-8601 instant such as {@code 2025-03-01T10:15:30Z}
 * @param seconds      how long it ran, in seconds
 * @param outcome      how it ended
 * @param message      the sentence of a failed run, else null
 * @param bestEpoch    the epoch whose weights early stopping kept, 0 when it did not stop the run
 * @param settings     the settings it ran with, by name, as the person would write them ({@code
 *                     "learningRate" -> "0.003"}), in a stable order
 * @param epochs       the figures of each epoch that ended, in order
 * @param finalMetrics the last epoch's figures: {@code loss}, {@code accuracy} and, with a validation
 *                     set, {@code val_loss} and {@code val_accuracy}; empty when no epoch ended
 */
public record RunRecord(String started, double seconds, Outcome outcome, String message, int bestEpoch,
                        Map<String, String> settings, List<Epoch> epochs, Map<String, Double> finalMetrics) {

    /** How a run ended. */
    public enum Outcome {
        /** All epochs ran. */
        FINISHED,
        /** The person stopped it. */
        STOPPED,
        /** Early stopping ended it: the validation loss stopped improving. */
        STOPPED_EARLY,
        /** It broke off, for example because the loss diverged. */
        FAILED
    }

    /**
     * The figures of one epoch; accuracy is null without classes, the validation figures without a validation set.
     *
     * @param learningRate the rate of the epoch's last batch, null when not known
     */
    public record Epoch(int epoch, double loss, Double accuracy, Double valLoss, Double valAccuracy, Double learningRate) {
    }

    public RunRecord {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        epochs = List.copyOf(epochs);
        finalMetrics = Collections.unmodifiableMap(new LinkedHashMap<>(finalMetrics));
    }
}
