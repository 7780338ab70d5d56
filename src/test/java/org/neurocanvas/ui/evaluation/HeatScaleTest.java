package org.neurocanvas.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeatScaleTest {

    @Test
    void aCellShowsItsShareOfTheTrueClass() {
        double[][] shares = HeatScale.rowShares(new long[][] {{3, 1}, {0, 0}});
        assertArrayEquals(new double[] {0.75, 0.25}, shares[0], 1e-12);
        assertArrayEquals(new double[] {0, 0}, shares[1], 1e-12, "a class without samples");
    }

    @Test
    void anEmptyCellIsUntintedAndASingleSampleStillShows() {
        assertEquals(0, HeatScale.tint(0));
        assertEquals(HeatScale.FAINTEST, HeatScale.tint(1e-9), 1e-6);
        assertEquals(1, HeatScale.tint(1), 1e-12);
        assertTrue(HeatScale.tint(0.5) > HeatScale.tint(0.25));
    }

    @Test
    void darkCellsGetLightText() {
        assertTrue(HeatScale.isStrong(HeatScale.tint(0.9)));
        assertFalse(HeatScale.isStrong(HeatScale.tint(0.2)));
    }

    @Test
    void cellsShrinkAsClassesGrowButStayReadable() {
        assertEquals(72, ConfusionMatrixView.cellSize(2));
        assertEquals(30, ConfusionMatrixView.cellSize(10));
        assertTrue(ConfusionMatrixView.cellSize(5) < ConfusionMatrixView.cellSize(3));
        assertTrue(ConfusionMatrixView.countWidth(1400) > ConfusionMatrixView.countWidth(99), "wide counts widen the cells");
    }

    @Test
    void cellsAreSizedForTheRoomWithHeadersAtFullSize() {
        assertEquals(30, ConfusionMatrixView.cellSize(10, Double.NaN), "room not known: the usual size");
        assertEquals(ConfusionMatrixView.cellSize(3), ConfusionMatrixView.cellSize(3, 600), "room enough: the usual size, never larger");
        // 262 pixels, 62 of them headers: ten rows of 20, less the gap.
        assertEquals(18, ConfusionMatrixView.cellSize(10, 262));
        assertEquals(ConfusionMatrixView.MIN_FITTED_CELL, ConfusionMatrixView.cellSize(10, 120), "then it shrinks as a whole, and scrolls");
        assertEquals(14, ConfusionMatrixView.fontSize(30));
        assertEquals(11, ConfusionMatrixView.fontSize(18));
    }

    @Test
    void aTallMatrixShrinksToFitButNotBeyondReading() {
        assertEquals(1, ShrinkToFit.scaleFor(400, 300, 800, 600), "never larger than life");
        assertEquals(0.8, ShrinkToFit.scaleFor(400, 300, 800, 240), 1e-12);
        assertEquals(ShrinkToFit.MIN_SCALE, ShrinkToFit.scaleFor(400, 300, 800, 60), "then it scrolls");
    }

    @Test
    void aCellExplainsItselfInASentence() {
        assertEquals("12 samples of 'cat' were predicted as 'dog' (24% of 'cat').", ConfusionMatrixView.describe(12, 0.24, "cat", "dog"));
        assertEquals("1 sample of 'cat' was predicted right (100% of 'cat').", ConfusionMatrixView.describe(1, 1, "cat", "cat"));
    }
}
