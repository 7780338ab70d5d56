package org.neurocanvas.ui.training;

import java.util.Optional;
import java.util.function.Consumer;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;
import org.neurocanvas.train.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run on its own daemon thread: prepares the trainer through the runner (which
 * compiles and starts ND4J, far too slow for the FX thread), then trains on the same thread.
 * Every run ends with exactly one {@link TrainingEvent.Finished} or {@link TrainingEvent.Failed}.
 */
final class TrainingJob {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingJob.class);

    private final TrainingRunner runner;
    private final TrainingListener listener;
    private final Consumer<TrainingRun> beforeTraining;
    private volatile TrainingRun run;
    private volatile boolean stopRequested;
    /** Guards the pause and the rate asked for against the run being published meanwhile. */
    private final Object controls = new Object();
    private volatile boolean pauseRequested;
    private volatile double rateRequested = Double.NaN;
    /** A step asked for while the run was being prepared, taken from its first batch; guarded by {@link #controls}. */
    private Trainer.Granularity stepRequested;

    private TrainingJob(TrainingRunner runner, TrainingListener listener, Consumer<TrainingRun> beforeTraining) {
        this.runner = runner;
        this.listener = listener;
        this.beforeTraining = beforeTraining;
    }

    /**
     * Starts a run whose events, including its end, go to {@code listener}.
     *
     * @param beforeTraining called on the worker thread once the run is prepared, before its first
     *                       batch: where views install their probes
     */
    static TrainingJob start(TrainingRunner runner, TrainingListener listener, Consumer<TrainingRun> beforeTraining) {
        TrainingJob job = new TrainingJob(runner, listener, beforeTraining);
        Thread worker = new Thread(job::work, "training");
        worker.setDaemon(true);
        worker.start();
        return job;
    }

    /** Ends the run after the batch under way, or before training if it is still being prepared. */
    void stop() {
        stopRequested = true;
        TrainingRun current = run;
        if (current != null) {
            current.trainer().stop();
        }
    }

    /** Holds the run after the batch under way, or before its first batch if it is still being prepared. */
    void pause() {
        synchronized (controls) {
            pauseRequested = true;
            preparedRun().ifPresent(r -> r.trainer().pause());
        }
    }

    /** Lets a paused run go on from its next batch. */
    void resume() {
        synchronized (controls) {
            pauseRequested = false;
            preparedRun().ifPresent(r -> r.trainer().resume());
        }
    }

    /**
     * Runs one batch, or to the end of the epoch, then holds; asked for while the run is still being
     * prepared, it holds the run from its start and takes the step first.
     */
    void step(Trainer.Granularity granularity) {
        synchronized (controls) {
            pauseRequested = true;
            TrainingRun current = run;
            if (current != null) {
                current.trainer().step(granularity);
            } else {
                stepRequested = granularity;
            }
        }
    }

    /** True once a paused run is actually held between two batches, until it is resumed. */
    boolean isPaused() {
        TrainingRun current = run;
        return pauseRequested && current != null && current.trainer().isPaused();
    }

    /** Trains with {@code rate} from the next batch on, or from the first if the run is still being prepared. */
    void setLearningRate(double rate) {
        synchronized (controls) {
            rateRequested = rate;
            preparedRun().ifPresent(r -> r.trainer().setLearningRate(rate));
        }
    }

    /**
     * The prepared run, once the runner has made it; it is set before the first event of training,
     * so whoever sees the run's end sees it too.
     */
    Optional<TrainingRun> preparedRun() {
        return Optional.ofNullable(run);
    }

    private void work() {
        TrainingRun prepared;
        try {
            prepared = runner.prepare();
            beforeTraining.accept(prepared);
        } catch (CompileException e) {
            listener.onEvent(new TrainingEvent.Failed(e.getMessage(), e));
            return;
        } catch (RuntimeException | LinkageError e) {
            // A bug or a broken native library: the run must still end, or the panel waits forever.
            listener.onEvent(failure("Training could not start", e));
            return;
        }
        // Publish the run before reading the flag; stop() does the reverse, so one of them sees the other.
        synchronized (controls) {
            run = prepared;
            // A pause or rate asked for while preparing applies from the first batch.
            if (pauseRequested) {
                prepared.trainer().pause();
            }
            if (!Double.isNaN(rateRequested)) {
                prepared.trainer().setLearningRate(rateRequested);
            }
            if (stepRequested != null) {
                prepared.trainer().step(stepRequested);
            }
        }
        if (stopRequested) {
            listener.onEvent(new TrainingEvent.Finished(true, null));
            return;
        }
        Trainer trainer = prepared.trainer();
        trainer.addListener(listener);
        try {
            TrainingEvent end = trainer.run();
            if (end instanceof TrainingEvent.Failed f && f.cause() != null) {
                LOG.error(f.sentence(), f.cause());
            }
        } catch (LinkageError e) {
            // Trainer.run reports runtime exceptions itself; a missing native kernel escapes it.
            listener.onEvent(failure("Training failed", e));
        }
    }

    private static TrainingEvent.Failed failure(String what, Throwable e) {
        LOG.error(what, e);
        String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new TrainingEvent.Failed(what + " because of an internal error: " + detail, e);
    }
}
