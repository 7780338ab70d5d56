package org.neurocanvas.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomesTest {

    // Four samples of class 0, two classes; samples 1 and 3 were taken for class 1, sample 3 more surely.
    private final Outcomes outcomes = new Outcomes(new int[] {0, 0, 1, 0}, new int[] {0, 1, 1, 1},
            new float[] {0.9f, 0.1f, 0.4f, 0.6f, 0.2f, 0.8f, 0.05f, 0.95f}, 2);

    @Test
    void aCellListsItsSamplesTheSurestFirst() {
        assertEquals(List.of(3, 1), outcomes.inCell(0, 1, 10));
        assertEquals(List.of(0), outcomes.inCell(0, 0, 10));
        assertEquals(List.of(), outcomes.inCell(1, 0, 10));
        assertEquals(List.of(3), outcomes.inCell(0, 1, 1), "cut short after the surest");
    }

    @Test
    void outcomesThatDoNotFitTogetherAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Outcomes(new int[] {0}, new int[] {0}, new float[] {1f}, 2));
    }

    @Test
    void theHeadingSaysWhatTheCellHolds() {
        assertEquals("3 samples of 'versicolor' predicted as 'virginica', the surest first:",
                CellSamplesView.heading(3, 3, "versicolor", "virginica"));
        assertEquals("1 sample of 'setosa' predicted right, the surest first:", CellSamplesView.heading(1, 1, "setosa", "setosa"));
        assertEquals("The 60 surest of 412 samples of '7' predicted right:", CellSamplesView.heading(412, 60, "7", "7"));
        assertEquals("No samples of '1' predicted as '7'.", CellSamplesView.heading(0, 0, "1", "7"));
        assertEquals("1 71% · 0 29%", CellSamplesView.probabilities(
                new Outcomes(new int[] {0}, new int[] {1}, new float[] {0.29f, 0.71f}, 2), 0, List.of("0", "1")));
    }
}
