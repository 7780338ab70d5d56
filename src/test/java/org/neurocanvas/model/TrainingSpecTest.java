package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Training settings: the schedule, regularisation and clipping fields, their ranges and their defaults. */
class TrainingSpecTest {

    private static String refusal(Runnable make) {
        return assertThrows(IllegalArgumentException.class, make::run).getMessage();
    }

    @Test
    void theShortFormsTrainAsBefore() {
        TrainingSpec t = new TrainingSpec("adam", 0.01, 32, 10, 1, 0.2);
        assertEquals("constant", t.schedule());
        assertEquals(0, t.warmupEpochs());
        assertEquals(0.0, t.l2() + t.weightDecay() + t.clipNorm() + t.clipValue());
    }

    @Test
    void withersKeepEveryOtherSetting() {
        TrainingSpec t = TrainingSpec.defaults().withPatience(3).withSchedule("step", 5, 0.1, 2).withRegularisation(1e-4, 0.01)
                .withClipping(1.0, 0.5);
        TrainingSpec changed = t.withLearningRate(0.003).withOptimizer("sgd").withBatchSize(64).withValidationSplit(0.1).withEpochs(7).withSeed(9);
        assertEquals(new TrainingSpec("sgd", 0.003, 64, 7, 9, 0.1, 3, "step", 5, 0.1, 2, 1e-4, 0.01, 1.0, 0.5), changed);
    }

    @Test
    void outOfRangeValuesGetSentences() {
        TrainingSpec t = TrainingSpec.defaults();
        assertEquals("Training setting 'schedule' must be one of constant, step, exponential, cosine, plateau, found 'linear'.",
                refusal(() -> t.withSchedule("linear", 10, 0.5, 0)));
        assertEquals("Training setting 'scheduleStep' must be at least 1 epoch, found 0.", refusal(() -> t.withSchedule("step", 0, 0.5, 0)));
        assertEquals("Training setting 'scheduleFactor' must be a multiplier above 0 and at most 1, found 1.5.",
                refusal(() -> t.withSchedule("exponential", 1, 1.5, 0)));
        assertEquals("Training setting 'warmupEpochs' must be 0 (no warm-up) or more epochs, found -1.", refusal(() -> t.withSchedule("cosine", 1, 0.5, -1)));
        assertEquals("Training setting 'schedule' must be other than plateau when there is no validation split to watch, found 'plateau'.",
                refusal(() -> t.withValidationSplit(0).withSchedule("plateau", 3, 0.5, 0)));
        assertEquals("Training setting 'l2' must be 0 (off) or a positive number, found -1.0E-4.", refusal(() -> t.withRegularisation(-1e-4, 0)));
        assertEquals("Training setting 'weightDecay' must be 0 (off) or a positive number, found NaN.", refusal(() -> t.withRegularisation(0, Double.NaN)));
        assertEquals("Training setting 'clipNorm' must be 0 (off) or a positive number, found -1.0.", refusal(() -> t.withClipping(-1, 0)));
        assertEquals("Training setting 'clipValue' must be 0 (off) or a positive number, found Infinity.",
                refusal(() -> t.withClipping(0, Double.POSITIVE_INFINITY)));
    }
}
