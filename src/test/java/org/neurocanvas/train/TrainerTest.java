package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.engine.Sgd;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.TrainingSpec;

class TrainerTest {

    private static Trainer trainer(TrainingSpec t) throws Exception {
        Project p = ProjectIO.read(Path.of("samples/spiral-mlp.json"));
        new CommandStack(p).execute(new ChangeTraining(t, p.data(), "training"));
        Compiler.Compiled c = Compiler.compile(p);
        return new Trainer(c.program(), c.optimizer(), c.data(), t.batchSize(), t.epochs(), t.seed());
    }

    @Test
    void eventsComeInOrder() throws Exception {
        Trainer trainer = trainer(new TrainingSpec("adam", 0.003, 50, 2, 1, 0.25));
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        trainer.addListener(events::add);
        TrainingEvent end = trainer.run();
        // 450 training samples in batches of 50: 9 batches, then the epoch's end, twice; then the finish.
        assertEquals(2 * (9 + 1) + 1, events.size());
        TrainingEvent.BatchEnd first = assertInstanceOf(TrainingEvent.BatchEnd.class, events.get(0));
        assertEquals(1, first.epoch());
        assertEquals(9, first.batches());
        TrainingEvent.EpochEnd epoch = assertInstanceOf(TrainingEvent.EpochEnd.class, events.get(9));
        assertTrue(epoch.valAccuracy() >= 0 && epoch.valAccuracy() <= 1);
        TrainingEvent.Finished finished = assertInstanceOf(TrainingEvent.Finished.class, end);
        assertEquals(false, finished.stopped());
        assertEquals(2, finished.last().epoch());
        assertEquals(end, events.get(events.size() - 1));
    }

    @Test
    void theRowsLeftOverAfterTheLastWholeBatchAreNotPlottedAsABatchOfTheirOwn() throws Exception {
        // 450 training samples in batches of 32: fourteen whole batches and two rows left over.
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), c.optimizer(), c.data(), 32, 1, 1);
        List<TrainingEvent.BatchEnd> batches = new CopyOnWriteArrayList<>();
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnd b) {
                batches.add(b);
            }
        });
        trainer.run();
        assertEquals(15, batches.size());
        TrainingEvent.BatchEnd last = batches.get(14);
        assertTrue(Double.isNaN(last.batchLoss()) && Double.isNaN(last.batchAccuracy()), "two rows say nothing of their own");
        assertTrue(Double.isFinite(last.loss()) && Double.isFinite(last.accuracy()), "the smoothed curve goes on");
        assertTrue(Double.isFinite(batches.get(13).batchAccuracy()), "a whole batch is plotted");
    }

    @Test
    void stopEndsWithinOneBatch() throws Exception {
        Trainer trainer = trainer(new TrainingSpec("adam", 0.003, 10, 100, 1, 0.25));
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        trainer.addListener(e -> {
            events.add(e);
            if (e instanceof TrainingEvent.BatchEnd b && b.epoch() == 2 && b.batch() == 3) {
                trainer.stop();
            }
        });
        TrainingEvent.Finished end = assertInstanceOf(TrainingEvent.Finished.class, trainer.run());
        assertTrue(end.stopped());
        assertEquals(1, end.last().epoch());
        TrainingEvent.BatchEnd last = assertInstanceOf(TrainingEvent.BatchEnd.class, events.get(events.size() - 2));
        assertEquals(3, last.batch(), "no batch runs after the one during which Stop was pressed");
    }

    @Test
    void aDivergingRunSaysWhatToTry() throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), new Sgd(1e12, 0), c.data(), 32, 20, 1);
        TrainingEvent.Failed failed = assertInstanceOf(TrainingEvent.Failed.class, trainer.run());
        String sentence = failed.sentence();
        assertTrue(sentence.matches("Training diverged at epoch 1, batch \\d+: the loss became (NaN \\(not a number\\)|infinite), .*"), sentence);
        assertTrue(sentence.contains("first appears in"), "names where the NaN appeared: " + sentence);
        assertTrue(sentence.contains("a lower learning rate (it is 1.0E12: try a tenth of it), clipping gradients"), sentence);
    }

    @Test
    void theSameSeedTrainsTheSame() throws Exception {
        TrainingSpec t = new TrainingSpec("adam", 0.003, 32, 3, 5, 0.25);
        TrainingEvent.Finished a = (TrainingEvent.Finished) trainer(t).run();
        TrainingEvent.Finished b = (TrainingEvent.Finished) trainer(t).run();
        assertEquals(a.last(), b.last());
    }

    @Test
    void runsOnAWorkerThread() throws Exception {
        Trainer trainer = trainer(new TrainingSpec("adam", 0.003, 32, 1, 1, 0.25));
        List<String> threads = new CopyOnWriteArrayList<>();
        trainer.addListener(e -> threads.add(Thread.currentThread().getName()));
        trainer.start().join();
        assertTrue(threads.stream().allMatch("training"::equals), threads.toString());
        assertEquals(false, trainer.isRunning());
    }

    @Test
    void aProbeLooksBetweenBatchesAndAtTheEnd() throws Exception {
        Trainer trainer = trainer(new TrainingSpec("adam", 0.003, 50, 2, 1, 0.25));
        List<String> threads = new CopyOnWriteArrayList<>();
        trainer.setProbe(program -> threads.add(Thread.currentThread().getName()), 0);
        trainer.start().join();
        assertEquals(2 * 9 + 1, threads.size(), "after every batch when the interval is 0, and once more at the end");
        assertTrue(threads.stream().allMatch("training"::equals));
        Trainer rare = trainer(new TrainingSpec("adam", 0.003, 50, 2, 1, 0.25));
        List<Integer> looks = new CopyOnWriteArrayList<>();
        rare.setProbe(program -> looks.add(1), 3_600_000);
        rare.run();
        assertEquals(2, looks.size(), "the first batch, then only the final look within an hour's interval");
    }

    @Test
    void pausingAndResumingGivesTheSameResultAsAnUninterruptedRun() throws Exception {
        TrainingSpec t = new TrainingSpec("adam", 0.003, 32, 3, 4, 0.25);
        TrainingEvent.Finished straight = (TrainingEvent.Finished) trainer(t).run();
        Trainer paused = trainer(t);
        paused.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnd b && b.epoch() == 2 && b.batch() == 5) {
                paused.pause();
            }
        });
        Thread worker = paused.start();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            while (!paused.isPaused()) {
                Thread.onSpinWait();
            }
        });
        assertTrue(worker.isAlive(), "held, not ended");
        List<TrainingEvent> after = new CopyOnWriteArrayList<>();
        paused.addListener(after::add);
        paused.resume();
        worker.join();
        assertEquals(straight.last(), ((TrainingEvent.Finished) after.get(after.size() - 1)).last());
    }

    @Test
    void stopAlsoEndsAPausedRun() throws Exception {
        Trainer trainer = trainer(new TrainingSpec("adam", 0.003, 32, 50, 1, 0.25));
        trainer.pause();
        Thread worker = trainer.start();
        while (!trainer.isPaused()) {
            Thread.onSpinWait();
        }
        trainer.stop();
        worker.join();
        assertEquals(false, trainer.isRunning());
    }

    @Test
    void theLearningRateCanChangeWhileTraining() throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), c.optimizer(), c.data(), 32, 2, 1);
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnd b && b.epoch() == 1 && b.batch() == 1) {
                trainer.setLearningRate(0.0005);
            }
        });
        trainer.run();
        assertEquals(0.0005, c.optimizer().learningRate());
    }

    @Test
    void earlyStoppingKeepsTheBestEpoch() throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), new Adam(0.05), c.data(), 16, 300, 1);
        List<TrainingEvent.EpochEnd> epochs = new CopyOnWriteArrayList<>();
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.EpochEnd end) {
                epochs.add(end);
            }
        });
        trainer.setEarlyStopping(5, true);
        TrainingEvent.Finished end = assertInstanceOf(TrainingEvent.Finished.class, trainer.run());
        assertTrue(end.stoppedEarly(), "a high learning rate stops improving well before 300 epochs");
        assertEquals(end.bestEpoch() + 5, epochs.size(), "five epochs without improvement after the best");
        double bestLoss = epochs.get(end.bestEpoch() - 1).valLoss();
        assertTrue(epochs.stream().allMatch(e -> e.valLoss() >= bestLoss));
        assertEquals(bestLoss, Metrics.of(c.program(), c.data().validation()).loss(), 1e-6, "the best weights are back");
    }

    @Test
    void theBestModelListenerSeesEachNewLowestValidationLossWithItsWeights() throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), new Adam(0.05), c.data(), 16, 30, 1);
        List<TrainingEvent.EpochEnd> epochs = new CopyOnWriteArrayList<>();
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.EpochEnd end) {
                epochs.add(end);
            }
        });
        List<Integer> best = new CopyOnWriteArrayList<>();
        trainer.addBestModelListener((end, program) -> {
            assertEquals(end, epochs.get(epochs.size() - 1), "called right after the epoch's own event");
            assertEquals(end.valLoss(), Metrics.of(program, c.data().validation()).loss(), 1e-6, "the network as it was measured");
            best.add(end.epoch());
        });
        trainer.run();
        List<Integer> expected = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        for (TrainingEvent.EpochEnd e : epochs) {
            if (e.valLoss() < lowest) {
                lowest = e.valLoss();
                expected.add(e.epoch());
            }
        }
        assertEquals(expected, best);
        assertTrue(best.get(best.size() - 1) < 30, "a high rate overshoots: the last epoch is not the best " + epochs);
    }

    @Test
    void theScheduleSetsEachBatchsRateAndTheEventsCarryIt() throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), new Sgd(0.1, 0.9), c.data(), 50, 3, 1);
        trainer.setSchedule(LearningRateSchedule.step(2, 0.5));
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        trainer.addListener(events::add);
        trainer.run();
        List<Double> batchRates = events.stream().filter(e -> e instanceof TrainingEvent.BatchEnd)
                .map(e -> ((TrainingEvent.BatchEnd) e).learningRate()).distinct().toList();
        assertEquals(List.of(0.1, 0.05), batchRates);
        List<Double> epochRates = events.stream().filter(e -> e instanceof TrainingEvent.EpochEnd)
                .map(e -> ((TrainingEvent.EpochEnd) e).learningRate()).toList();
        assertEquals(List.of(0.1, 0.1, 0.05), epochRates);
    }

    @Test
    void aRateSetByHandRescalesTheSchedule() throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), new Sgd(0.1, 0.9), c.data(), 50, 3, 1);
        trainer.setSchedule(LearningRateSchedule.exponential(0.5));
        List<TrainingEvent.BatchEnd> batches = new CopyOnWriteArrayList<>();
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnd b) {
                batches.add(b);
                if (b.epoch() == 2 && b.batch() == 3) {
                    trainer.setLearningRate(0.01);
                }
            }
        });
        trainer.run();
        assertEquals(0.05, batches.get(9 + 2).learningRate(), "epoch 2, batch 3: base 0.1 halved once");
        assertEquals(0.01, batches.get(9 + 3).learningRate(), "the next batch runs at the rate set by hand");
        assertEquals(0.005, batches.get(18).learningRate(), 1e-15, "epoch 3 halves the rescaled base 0.02 twice");
    }
}
