package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaceTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theFirstBatchHasNoSpeedYet() {
        assertEquals("batch 1 / 10", new Pace().observe(0.1, 0, 1, 10, 3));
    }

    @Test
    void speedAndTimeLeftComeFromTheRunSoFar() {
        Pace pace = new Pace();
        pace.setSamplesPerEpoch(1000);
        pace.observe(0.0, 0, 0, 10, 3);
        // Half an epoch (500 samples) in 2 s: 250 samples/s; 2.5 epochs left at 0.25 epochs/s is 10 s.
        assertEquals("batch 5 / 10 · 250 samples/s · 0:10 left", pace.observe(0.5, 2 * SECOND, 5, 10, 3));
    }

    /** On a busy machine a helper watched "time left" climb from 0:10 to 0:22: it followed the last seconds' speed. */
    @Test
    void aBusySpellSlowsTheAverageNotTheWholeEstimate() {
        Pace pace = new Pace();
        pace.setSamplesPerEpoch(1000);
        pace.observe(0.0, 0, 0, 10, 3);
        for (int s = 1; s <= 4; s++) {
            pace.observe(0.5 * s, s * SECOND, 5 * s, 10, 3);
        }
        String busy = "";
        for (int s = 5; s <= 9; s++) {
            // Ten times slower for five seconds: the last seconds alone would promise 15 s more.
            busy = pace.observe(2.0 + 0.05 * (s - 4), s * SECOND, 0, 10, 3);
        }
        // 2.25 epochs in 9 s: 250 samples/s on average, 0.75 epochs left in 3 s.
        assertEquals("batch 0 / 10 · 250 samples/s · 0:03 left", busy);
    }

    @Test
    void aLongPauseDoesNotCountAsSlowness() {
        Pace pace = new Pace();
        pace.setSamplesPerEpoch(1000);
        pace.observe(0.0, 0, 0, 10, 1);
        pace.observe(0.1, SECOND, 1, 10, 1);
        assertEquals("batch 2 / 10 · 100 samples/s · 0:08 left", pace.observe(0.2, 60 * SECOND, 2, 10, 1),
                "a minute's pause is no speed: the speed before it stands");
        assertEquals("batch 3 / 10 · 100 samples/s · 0:07 left", pace.observe(0.3, 61 * SECOND, 3, 10, 1));
    }

    @Test
    void longRunsCountHours() {
        assertEquals("1:02:03", Pace.duration(3723));
        assertEquals("12:34", Pace.duration(754));
    }
}
