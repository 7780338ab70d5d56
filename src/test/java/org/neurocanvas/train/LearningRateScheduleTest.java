package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    private static final double EXACT = 1e-15;

    @Test
    void constantKeepsTheBase() {
        LearningRateSchedule s = LearningRateSchedule.constant();
        assertEquals(0.1, s.rate(0.1, 1, 1, 10));
        assertEquals(0.1, s.rate(0.1, 50, 7, 10));
    }

    @Test
    void stepHalvesEveryTwoEpochs() {
        LearningRateSchedule s = LearningRateSchedule.step(2, 0.5);
        assertEquals(0.1, s.rate(0.1, 1, 1, 10));
        assertEquals(0.1, s.rate(0.1, 2, 10, 10));
        assertEquals(0.05, s.rate(0.1, 3, 1, 10));
        assertEquals(0.05, s.rate(0.1, 4, 5, 10));
        assertEquals(0.025, s.rate(0.1, 5, 1, 10));
    }

    @Test
    void exponentialMultipliesEachEpoch() {
        LearningRateSchedule s = LearningRateSchedule.exponential(0.9);
        assertEquals(0.2, s.rate(0.2, 1, 3, 10));
        assertEquals(0.18, s.rate(0.2, 2, 1, 10), EXACT);
        assertEquals(0.162, s.rate(0.2, 3, 9, 10), EXACT);
    }

    @Test
    void cosineWarmsUpLinearlyThenFallsPerBatch() {
        // One warm-up epoch of 4 batches, then 8 batches of half a cosine.
        LearningRateSchedule s = LearningRateSchedule.cosine(1, 3);
        assertEquals(0.25, s.rate(1, 1, 1, 4), EXACT);
        assertEquals(0.5, s.rate(1, 1, 2, 4), EXACT);
        assertEquals(0.75, s.rate(1, 1, 3, 4), EXACT);
        assertEquals(1.0, s.rate(1, 1, 4, 4), EXACT);
        assertEquals(1.0, s.rate(1, 2, 1, 4), EXACT);
        assertEquals(0.5 * (1 + Math.cos(Math.PI / 8)), s.rate(1, 2, 2, 4), EXACT);
        assertEquals(0.5, s.rate(1, 3, 1, 4), EXACT);
        assertEquals(0.5 * (1 - Math.cos(Math.PI / 8)), s.rate(1, 3, 4, 4), EXACT);
        assertEquals(0.03806023374435663, s.rate(1, 3, 4, 4), EXACT);
        assertEquals(0.003 * 0.5, s.rate(0.003, 3, 1, 4), EXACT);
    }

    @Test
    void cosineWithoutWarmUpStartsAtTheBase() {
        LearningRateSchedule s = LearningRateSchedule.cosine(0, 2);
        assertEquals(0.1, s.rate(0.1, 1, 1, 5), EXACT);
        assertEquals(0.05, s.rate(0.1, 2, 1, 5), EXACT);
    }

    @Test
    void reduceOnPlateauWaitsForPatienceEpochsWithoutABetterValidationLoss() {
        LearningRateSchedule s = LearningRateSchedule.reduceOnPlateau(2, 0.5);
        s.epochEnded(epoch(1, 9, 1.0));
        assertEquals(0.1, s.rate(0.1, 2, 1, 10));
        s.epochEnded(epoch(2, 9, 0.9));
        s.epochEnded(epoch(3, 9, 0.95));
        assertEquals(0.1, s.rate(0.1, 4, 1, 10), "one epoch without improvement is within patience");
        s.epochEnded(epoch(4, 9, 0.9));
        assertEquals(0.05, s.rate(0.1, 5, 1, 10), "equal is not better: two epochs without improvement");
        s.epochEnded(epoch(5, 9, 0.8));
        s.epochEnded(epoch(6, 9, 0.85));
        assertEquals(0.05, s.rate(0.1, 7, 1, 10));
        s.epochEnded(epoch(7, 9, 0.85));
        assertEquals(0.025, s.rate(0.1, 8, 1, 10));
    }

    @Test
    void reduceOnPlateauWatchesTheTrainingLossWithoutAValidationSet() {
        LearningRateSchedule s = LearningRateSchedule.reduceOnPlateau(1, 0.1);
        s.epochEnded(new TrainingEvent.EpochEnd(1, 5, 0.5, 0.8, Double.NaN, Double.NaN));
        s.epochEnded(new TrainingEvent.EpochEnd(2, 5, 0.6, 0.8, Double.NaN, Double.NaN));
        assertEquals(0.01, s.rate(0.1, 3, 1, 10), EXACT);
    }

    @Test
    void badSettingsAreSentences() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.cosine(3, 3));
        assertEquals("Cosine schedule's warm-up must be from 0 to 2 epochs (fewer than the run's 3), found 3.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.step(0, 0.5));
        assertEquals("Step schedule's step must be at least 1, found 0.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.reduceOnPlateau(3, 1));
        assertEquals("Reduce-on-plateau's factor must be between 0 and 1 (exclusive), found 1.0.", e.getMessage());
    }

    private static TrainingEvent.EpochEnd epoch(int epoch, int epochs, double valLoss) {
        return new TrainingEvent.EpochEnd(epoch, epochs, 1.0, 0.5, valLoss, 0.5);
    }
}
