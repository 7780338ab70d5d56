package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmoothedTest {

    @Test
    void theFirstBatchIsTakenAsItIs() {
        Smoothed s = new Smoothed();
        s.add(2.0, 0.25);
        assertEquals(2.0, s.loss(), 1e-12);
        assertEquals(0.25, s.accuracy(), 1e-12);
    }

    @Test
    void aConstantStaysConstantAndAJumpIsFollowedGradually() {
        Smoothed s = new Smoothed();
        for (int i = 0; i < 100; i++) {
            s.add(1.0, 0.5);
        }
        assertEquals(1.0, s.loss(), 1e-12);
        s.add(0.0, 1.0);
        assertEquals(0.95, s.loss(), 1e-3, "one batch moves the curve by a twentieth");
        for (int i = 0; i < 100; i++) {
            s.add(0.0, 1.0);
        }
        assertTrue(s.loss() < 0.01);
        assertTrue(s.accuracy() > 0.99);
    }
}
