package org.neurocanvas.ui.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neurocanvas.model.RunRecord;
import org.neurocanvas.train.TrainingEvent;
import org.neurocanvas.train.TrainingListener;

/**
 * Builds a {@link RunRecord} from a run's events. Make it just before the run starts (the run's
 * start time is taken then), add it as a listener, and read {@link #record()} once the run ended.
 */
public final class RunRecorder implements TrainingListener {

    private final Map<String, String> settings;
    private final Clock clock;
    private final Instant started;
    private final List<RunRecord.Epoch> epochs = new ArrayList<>();
    private volatile RunRecord record;

    /**
     * @param settings the settings of the run, by name, as the person would write them
     */
    public RunRecorder(Map<String, String> settings) {
        this(settings, Clock.systemUTC());
    }

    /** With a clock of the caller's choosing, for tests. */
    RunRecorder(Map<String, String> settings, Clock clock) {
        this.settings = new LinkedHashMap<>(settings);
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.EpochEnd e) {
            epochs.add(epoch(e));
        } else if (event instanceof TrainingEvent.Finished f) {
            RunRecord.Outcome outcome = f.stoppedEarly() ? RunRecord.Outcome.STOPPED_EARLY
                    : f.stopped() ? RunRecord.Outcome.STOPPED : RunRecord.Outcome.FINISHED;
            record = build(outcome, null, f.bestEpoch(), f.last());
        } else if (event instanceof TrainingEvent.Failed f) {
            record = build(RunRecord.Outcome.FAILED, f.sentence(), 0, null);
        }
    }

    /** The record of the run, once it ended. */
    public Optional<RunRecord> record() {
        return Optional.ofNullable(record);
    }

    private RunRecord build(RunRecord.Outcome outcome, String message, int bestEpoch, TrainingEvent.EpochEnd last) {
        double seconds = Duration.between(started, clock.instant()).toNanos() / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        RunRecord.Epoch end = last != null ? epoch(last) : epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        if (end != null) {
            metrics.put("loss", end.loss());
            putKnown(metrics, "accuracy", end.accuracy());
            putKnown(metrics, "val_loss", end.valLoss());
            putKnown(metrics, "val_accuracy", end.valAccuracy());
        }
        return new RunRecord(started.toString(), seconds, outcome, message, bestEpoch, settings, epochs, metrics);
    }

    /** The figures of an epoch event, NaN turned into null (JSON has no NaN). */
    static RunRecord.Epoch epoch(TrainingEvent.EpochEnd e) {
        return new RunRecord.Epoch(e.epoch(), e.loss(), orNull(e.accuracy()), orNull(e.valLoss()), orNull(e.valAccuracy()),
                orNull(e.learningRate()));
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static void putKnown(Map<String, Double> metrics, String name, Double value) {
        if (value != null) {
            metrics.put(name, value);
        }
    }
}
