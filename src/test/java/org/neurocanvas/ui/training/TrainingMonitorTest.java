package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import org.neurocanvas.train.TrainingEvent.BatchEnd;
import org.neurocanvas.train.TrainingEvent.EpochEnd;
import org.neurocanvas.train.TrainingEvent.Failed;
import org.neurocanvas.train.TrainingEvent.Finished;

/** The view model alone: no window, no FX thread; flush() is called where the panel's timer would. */
class TrainingMonitorTest {

    private static final int EPOCHS = 200;
    private static final int BATCHES = 10;

    private final TrainingMonitor monitor = new TrainingMonitor();

    private static BatchEnd batch(int epoch, int batch) {
        return new BatchEnd(epoch, EPOCHS, batch, BATCHES, 1.0 / (epoch + batch), 0.5);
    }

    private static EpochEnd epoch(int epoch) {
        return new EpochEnd(epoch, EPOCHS, 0.4121, 0.843, 0.4410, 0.83);
    }

    private static List<Double> xs(List<XYChart.Data<Number, Number>> series) {
        return series.stream().map(d -> d.getXValue().doubleValue()).toList();
    }

    @Test
    void beforeAnyRunTheChartsSpanThePlannedEpochsAndThenTheRunsOwn() {
        assertEquals(0, monitor.spanEpochsProperty().intValue());
        monitor.plan(20);
        assertEquals(20, monitor.spanEpochsProperty().intValue(), "the project's 20 epochs, before Train");
        monitor.begin();
        monitor.onEvent(batch(1, 1));
        monitor.flush();
        assertEquals(EPOCHS, monitor.spanEpochsProperty().intValue(), "the run's own, once it has begun");
        monitor.plan(30);
        assertEquals(EPOCHS, monitor.spanEpochsProperty().intValue(), "a new plan does not stretch the run on show");
    }

    @Test
    void thousandsOfBatchesBetweenFlushesAddOnePointPerTrainSeries() throws InterruptedException {
        monitor.begin();
        CountDownLatch done = new CountDownLatch(1);
        Thread training = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                monitor.onEvent(new BatchEnd(1, EPOCHS, i + 1, 10_000, 1.0 / (i + 1), 0.5));
            }
            done.countDown();
        });
        training.start();
        done.await();

        monitor.flush();

        assertEquals(List.of(1.0), xs(monitor.trainLoss()), "only the latest batch, at its position in epochs");
        assertEquals(1, monitor.trainAccuracy().size());
        assertEquals(1e-4, monitor.trainLoss().get(0).getYValue().doubleValue(), 1e-12);
        assertTrue(monitor.validationLoss().isEmpty());
        assertEquals(1.0 / EPOCHS, monitor.progressProperty().get(), 1e-12);
        assertEquals("Epoch 1 / 200", monitor.epochTextProperty().get());
        assertEquals("smoothed: loss 0.0001 · acc 50.0%", monitor.metricsTextProperty().get());
    }

    @Test
    void trainCurveGrowsWithinAnEpochWithoutAnEpochMeanTick() {
        monitor.begin();
        monitor.onEvent(batch(1, 3));
        monitor.flush();
        monitor.onEvent(batch(1, 7));
        monitor.flush();
        monitor.onEvent(batch(1, 10));
        monitor.onEvent(epoch(1));
        monitor.onEvent(batch(2, 2));
        monitor.flush();
        monitor.flush();

        assertEquals(List.of(0.3, 0.7, 1.2), xs(monitor.trainLoss()), "batches drew epoch 1: its mean adds no point");
        assertEquals(List.of(1.0), xs(monitor.validationLoss()));
        assertEquals("Epoch 2 / 200", monitor.epochTextProperty().get());
        assertEquals("smoothed: loss 0.2500 · acc 50.0%\nepoch 1 val: loss 0.4410 · acc 83.0%", monitor.metricsTextProperty().get());
    }

    @Test
    void validationSeriesGetOnePointPerEpochEnd() {
        monitor.begin();
        monitor.onEvent(epoch(1));
        monitor.flush();
        monitor.onEvent(epoch(2));
        monitor.onEvent(epoch(3));
        monitor.flush();

        assertEquals(List.of(1.0, 2.0, 3.0), xs(monitor.validationLoss()));
        assertEquals(List.of(1.0, 2.0, 3.0), xs(monitor.validationAccuracy()));
        assertEquals(0.83, monitor.validationAccuracy().get(2).getYValue().doubleValue(), 1e-12);
        assertEquals(3.0 / EPOCHS, monitor.progressProperty().get(), 1e-12);
        assertEquals("epoch 3 mean: loss 0.4121 · acc 84.3%\nepoch 3 val: loss 0.4410 · acc 83.0%", monitor.metricsTextProperty().get());
    }

    @Test
    void manyEpochEndsInOneFlushAreSampledEvenlyKeepingTheLast() {
        monitor.begin();
        for (int e = 1; e <= 100; e++) {
            monitor.onEvent(epoch(e));
        }
        monitor.flush();

        assertEquals(List.of(25.0, 50.0, 75.0, 100.0), xs(monitor.validationLoss()));
        assertEquals(TrainingMonitor.MAX_EPOCHS_PER_FLUSH, monitor.trainLoss().size());
        assertEquals("Epoch 100 / 200", monitor.epochTextProperty().get());
    }

    @Test
    void withoutValidationSetOnlyTrainSeriesGrow() {
        monitor.begin();
        monitor.onEvent(new EpochEnd(1, 1, 0.3, 0.9, Double.NaN, Double.NaN));
        monitor.onEvent(new Finished(false, new EpochEnd(1, 1, 0.3, 0.9, Double.NaN, Double.NaN)));
        monitor.flush();

        assertTrue(monitor.validationLoss().isEmpty());
        assertEquals(1, monitor.trainLoss().size());
        assertEquals("epoch 1 mean: loss 0.3000 · acc 90.0%", monitor.metricsTextProperty().get());
        assertEquals("Finished 1 epoch: training accuracy 90.0%.", monitor.statusProperty().get());
    }

    @Test
    void finishedRunEndsWithTheValidationAccuracy() {
        monitor.begin();
        assertTrue(monitor.isRunning());
        EpochEnd last = new EpochEnd(200, EPOCHS, 0.05, 0.99, 0.08, 0.973);
        monitor.onEvent(last);
        monitor.onEvent(new Finished(false, last));
        monitor.flush();

        assertFalse(monitor.isRunning());
        assertEquals(1.0, monitor.progressProperty().get());
        assertEquals("Finished 200 epochs: validation accuracy 97.3%.", monitor.statusProperty().get());
        assertEquals(new Finished(false, last), monitor.endProperty().get(), "the views that evaluate learn how it ended");
        monitor.begin();
        assertNull(monitor.endProperty().get(), "a new run has not ended");
    }

    @Test
    void stoppedRunSaysAfterWhichEpoch() {
        monitor.begin();
        monitor.onEvent(batch(38, 4));
        monitor.onEvent(new Finished(true, new EpochEnd(37, EPOCHS, 0.3, 0.92, 0.31, 0.91)));
        monitor.flush();

        assertFalse(monitor.isRunning());
        assertEquals("Stopped after epoch 37: validation accuracy 91.0%.", monitor.statusProperty().get());
        assertEquals(37.4 / EPOCHS, monitor.progressProperty().get(), 1e-12, "the bar stays where the run stopped");
    }

    @Test
    void runStoppedBeforeAnyBatchLeavesTheBarEmpty() {
        monitor.begin();
        assertEquals(-1, monitor.progressProperty().get(), "indeterminate while ND4J starts");
        monitor.onEvent(new Finished(true, null));
        monitor.flush();

        assertEquals("Stopped before the first epoch ended.", monitor.statusProperty().get());
        assertEquals(0, monitor.progressProperty().get());
        assertEquals("", monitor.epochTextProperty().get());
    }

    @Test
    void failedRunShowsItsSentence() {
        monitor.begin();
        String sentence = "The loss became NaN at epoch 3, batch 7: the learning rate 10.0 is probably too high; try a smaller one.";
        monitor.onEvent(new Failed(sentence, null));
        monitor.flush();

        assertFalse(monitor.isRunning());
        assertEquals(sentence, monitor.statusProperty().get());
    }

    @Test
    void resetClearsEverythingIncludingEventsNotYetFlushed() {
        monitor.begin();
        monitor.onEvent(batch(1, 5));
        monitor.onEvent(epoch(1));
        monitor.flush();
        monitor.onEvent(new Finished(false, epoch(1)));

        monitor.reset();
        monitor.flush();

        assertTrue(monitor.trainLoss().isEmpty());
        assertTrue(monitor.trainAccuracy().isEmpty());
        assertTrue(monitor.validationLoss().isEmpty());
        assertTrue(monitor.validationAccuracy().isEmpty());
        assertEquals(0, monitor.progressProperty().get());
        assertEquals("", monitor.epochTextProperty().get());
        assertEquals("", monitor.metricsTextProperty().get());
        assertEquals("", monitor.statusProperty().get());
        assertFalse(monitor.isRunning());
    }

    @Test
    void longSeriesAreThinnedKeepingFirstAndLastPoints() {
        monitor.begin();
        int epochs = 3 * TrainingMonitor.MAX_POINTS;
        for (int e = 1; e <= epochs; e++) {
            monitor.onEvent(new EpochEnd(e, epochs, 1.0 / e, 0.5, 1.0 / e, 0.5));
            monitor.flush();
            assertTrue(monitor.validationLoss().size() <= TrainingMonitor.MAX_POINTS);
        }

        List<Double> xs = xs(monitor.validationLoss());
        assertTrue(xs.size() > TrainingMonitor.MAX_POINTS / 2, "thinning halves, it does not empty");
        assertEquals(1.0, xs.get(0));
        assertEquals(epochs, xs.get(xs.size() - 1));
        for (int i = 1; i < xs.size(); i++) {
            assertTrue(xs.get(i) > xs.get(i - 1), "points stay in epoch order");
        }
    }

    @Test
    void pauseShowsTheEpochAndResumeGoesBackToTheEpochText() {
        monitor.begin();
        monitor.onEvent(batch(3, 4));
        monitor.flush();

        monitor.showPaused();

        assertTrue(monitor.pausedProperty().get());
        assertEquals("Paused at epoch 3", monitor.epochTextProperty().get());
        assertEquals("Paused: Resume continues from the next batch.", monitor.statusProperty().get());

        monitor.showResumed();

        assertFalse(monitor.pausedProperty().get());
        assertEquals("Epoch 3 / 200", monitor.epochTextProperty().get());
        assertEquals("Training: Stop ends the run after the current batch.", monitor.statusProperty().get());
    }

    @Test
    void pauseBeforeTheFirstBatchIsAtEpochOneAndResumeSaysStarting() {
        monitor.begin();
        monitor.showPaused();
        assertEquals("Paused at epoch 1", monitor.epochTextProperty().get());
        monitor.showResumed();
        assertEquals("Starting…", monitor.epochTextProperty().get());
    }

    @Test
    void pauseWithoutARunDoesNothing() {
        monitor.showPaused();
        assertFalse(monitor.pausedProperty().get());
        assertEquals("", monitor.epochTextProperty().get());
        assertEquals("", monitor.statusProperty().get());
    }

    @Test
    void theEndOfAPausedRunClearsThePause() {
        monitor.begin();
        monitor.onEvent(batch(2, 5));
        monitor.flush();
        monitor.showPaused();

        monitor.onEvent(new Finished(true, epoch(1)));
        monitor.flush();

        assertFalse(monitor.pausedProperty().get());
        assertEquals("Epoch 2 / 200", monitor.epochTextProperty().get());
        assertEquals("Stopped after epoch 1: validation accuracy 83.0%.", monitor.statusProperty().get());
    }

    @Test
    void aRateChangeIsRecordedWhereTheShownTrainingIs() {
        monitor.begin();
        assertEquals(new RateChange(0, 0.1), monitor.markRateChange(0.1), "before the first batch: at the start");
        monitor.onEvent(batch(2, 5));
        monitor.flush();
        monitor.onEvent(batch(2, 6));

        monitor.markRateChange(0.05);

        assertEquals(List.of(new RateChange(0, 0.1), new RateChange(1.5, 0.05)), monitor.rateChanges(),
                "at the last flushed batch, epoch 1 plus 5 of 10 batches");
        monitor.onEvent(epoch(2));
        monitor.flush();
        assertEquals(new RateChange(2, 0.2), monitor.markRateChange(0.2), "an epoch end is a whole epoch");
    }

    @Test
    void resetForgetsRateChangesAndThePause() {
        monitor.begin();
        monitor.onEvent(batch(1, 5));
        monitor.flush();
        monitor.markRateChange(0.1);
        monitor.showPaused();

        monitor.begin();

        assertTrue(monitor.rateChanges().isEmpty());
        assertFalse(monitor.pausedProperty().get());
        assertEquals(new RateChange(0, 0.3), monitor.markRateChange(0.3), "positions start again from zero");
    }

    @Test
    void theLearningRateOfEachShownBatchIsCharted() {
        monitor.begin();
        monitor.onEvent(new BatchEnd(1, 2, 5, 10, 0.5, 0.5, 0.01));
        monitor.flush();
        assertFalse(monitor.rateVariesProperty().get(), "one rate so far");
        monitor.onEvent(new BatchEnd(2, 2, 5, 10, 0.4, 0.5, 0.005));
        monitor.flush();
        assertEquals(List.of(0.5, 1.5), xs(monitor.learningRate()));
        assertEquals(0.005, monitor.learningRate().get(1).getYValue().doubleValue());
        assertTrue(monitor.rateVariesProperty().get(), "two rates: a schedule at work");
        monitor.reset();
        assertFalse(monitor.rateVariesProperty().get());
        assertTrue(monitor.learningRate().isEmpty());
    }

    @Test
    void theShownBatchsOwnFiguresGoBesideTheSmoothedOnes() {
        monitor.begin();
        monitor.onEvent(new BatchEnd(1, 2, 4, 10, 0.9, 0.6, 0.01, 1.7, 0.25));
        monitor.onEvent(new BatchEnd(1, 2, 5, 10, 0.8, 0.62, 0.01, 0.3, 0.75));
        monitor.flush();
        assertEquals(List.of(0.5), xs(monitor.batchLoss()), "one point a flush, at the last batch");
        assertEquals(0.3, monitor.batchLoss().get(0).getYValue().doubleValue(), 1e-12);
        assertEquals(0.75, monitor.batchAccuracy().get(0).getYValue().doubleValue(), 1e-12);
        assertEquals(0.8, monitor.trainLoss().get(0).getYValue().doubleValue(), 1e-12, "the smoothed curve is apart");
        monitor.reset();
        assertTrue(monitor.batchLoss().isEmpty());
        assertTrue(monitor.batchAccuracy().isEmpty());
    }

    @Test
    void aRunWithoutClassesHasNoAccuracyToShow() {
        monitor.begin();
        assertTrue(monitor.accuracyKnownProperty().get(), "a run is taken to have classes until it shows otherwise");
        monitor.onEvent(new BatchEnd(1, 2, 5, 10, 0.5, Double.NaN, 0.01));
        monitor.flush();
        assertFalse(monitor.accuracyKnownProperty().get());
        assertTrue(monitor.trainAccuracy().isEmpty());
        assertEquals("smoothed: loss 0.5000", monitor.metricsTextProperty().get());
        monitor.begin();
        assertTrue(monitor.accuracyKnownProperty().get());
    }
}
