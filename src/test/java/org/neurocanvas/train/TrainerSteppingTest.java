package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.model.ProjectIO;

/** Running a paused run one batch or one epoch at a time. */
class TrainerSteppingTest {

    private final List<TrainingEvent> events = new CopyOnWriteArrayList<>();

    /** The spiral sample, 9 batches of 50 per epoch, paused before its first batch. */
    private Trainer pausedTrainer(int epochs) throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), new Adam(0.003), c.data(), 50, epochs, 1);
        trainer.addListener(events::add);
        trainer.pause();
        return trainer;
    }

    private static void awaitHeld(Trainer trainer) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            while (!trainer.isPaused()) {
                Thread.onSpinWait();
            }
        });
    }

    /** Steps, then waits until the run holds again. */
    private void stepAndWait(Trainer trainer, Trainer.Granularity granularity, int expectedNew) {
        int eventsBefore = events.size();
        trainer.step(granularity);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            while (events.size() < eventsBefore + expectedNew || !trainer.isPaused()) {
                Thread.onSpinWait();
            }
        });
    }

    @Test
    void aBatchStepRunsExactlyOneBatchThenHolds() throws Exception {
        Trainer trainer = pausedTrainer(2);
        Thread worker = trainer.start();
        awaitHeld(trainer);
        assertEquals(0, events.size());
        stepAndWait(trainer, Trainer.Granularity.BATCH, 1);
        stepAndWait(trainer, Trainer.Granularity.BATCH, 1);
        assertEquals(2, events.size(), "two steps, two batches");
        TrainingEvent.BatchEnd second = assertInstanceOf(TrainingEvent.BatchEnd.class, events.get(1));
        assertEquals(2, second.batch());
        assertTrue(worker.isAlive(), "held, not ended");
        trainer.stop();
        worker.join();
    }

    @Test
    void anEpochStepRunsToTheEndOfTheEpochUnderWay() throws Exception {
        Trainer trainer = pausedTrainer(3);
        Thread worker = trainer.start();
        awaitHeld(trainer);
        stepAndWait(trainer, Trainer.Granularity.BATCH, 1);
        stepAndWait(trainer, Trainer.Granularity.EPOCH, 9);
        assertEquals(1 + 8 + 1, events.size(), "the first batch, the other 8 batches and the epoch's end");
        TrainingEvent.EpochEnd end = assertInstanceOf(TrainingEvent.EpochEnd.class, events.get(events.size() - 1));
        assertEquals(1, end.epoch());
        stepAndWait(trainer, Trainer.Granularity.EPOCH, 10);
        assertEquals(20, events.size(), "a whole epoch from its start: 9 batches and its end");
        assertEquals(2, ((TrainingEvent.EpochEnd) events.get(19)).epoch());
        trainer.resume();
        worker.join();
        assertEquals(3 * 10 + 1, events.size(), "resuming runs the last epoch and finishes");
        assertInstanceOf(TrainingEvent.Finished.class, events.get(events.size() - 1));
    }

    @Test
    void steppingGivesTheSameResultAsAnUninterruptedRun() throws Exception {
        Trainer straight = pausedTrainer(2);
        straight.resume();
        TrainingEvent.Finished expected = assertInstanceOf(TrainingEvent.Finished.class, straight.run());
        events.clear();
        Trainer stepped = pausedTrainer(2);
        Thread worker = stepped.start();
        awaitHeld(stepped);
        stepAndWait(stepped, Trainer.Granularity.BATCH, 1);
        stepAndWait(stepped, Trainer.Granularity.EPOCH, 9);
        stepped.resume();
        worker.join();
        assertEquals(expected.last(), ((TrainingEvent.Finished) events.get(events.size() - 1)).last());
    }

    @Test
    void aStepOnARunningRunPausesItAfterThatStep() throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), new Adam(0.003), c.data(), 50, 3, 1);
        trainer.addListener(e -> {
            events.add(e);
            if (e instanceof TrainingEvent.BatchEnd b && b.epoch() == 1 && b.batch() == 2) {
                trainer.step(Trainer.Granularity.BATCH);
            }
        });
        Thread worker = trainer.start();
        awaitHeld(trainer);
        assertEquals(3, events.size(), "batch 3 ran, then the run held");
        trainer.stop();
        worker.join();
    }
}
