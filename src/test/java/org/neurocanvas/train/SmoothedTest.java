package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmoothedTest {

    @Test
    void aShortLastBatchMovesTheAverageOnlyByItsShare() {
        Smoothed whole = new Smoothed();
        Smoothed shortLast = new Smoothed();
        for (int i = 0; i < 30; i++) {
            whole.add(0.5, 0.8, 1);
            shortLast.add(0.5, 0.8, 1);
        }
        whole.add(3.0, 0.0, 1);
        shortLast.add(3.0, 0.0, 2.0 / 32);
        double byWhole = whole.loss() - 0.5;
        double byShort = shortLast.loss() - 0.5;
        assertTrue(byShort > 0 && byShort < byWhole / 12, "two rows of 32 weigh about a sixteenth as much: " + byShort + " against " + byWhole);
        assertEquals(0.8, shortLast.accuracy(), 0.01);
    }

    @Test
    void wholeBatchesAverageAsBefore() {
        Smoothed s = new Smoothed();
        s.add(2.0, 0.5, 1);
        assertEquals(2.0, s.loss(), 1e-12, "bias-corrected: the first batch is its own average");
        s.add(1.0, 1.0, 1);
        assertEquals((0.95 * 0.05 * 2.0 + 0.05 * 1.0) / (0.95 * 0.05 + 0.05), s.loss(), 1e-12);
    }
}
