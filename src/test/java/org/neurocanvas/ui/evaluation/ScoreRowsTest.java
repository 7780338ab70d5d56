package org.neurocanvas.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.train.ClassificationReport;

class ScoreRowsTest {

    // Class a: 2 of 3 found; class b: 1 of 1 found, and one a taken for a b.
    private final ClassificationReport report =
            new ClassificationReport(new int[] {0, 0, 0, 1}, new int[] {0, 0, 1, 1}, List.of("a", "b"));

    @Test
    void oneRowPerClassThenAccuracyAndTheAverages() {
        List<ScoreRows.Row> rows = ScoreRows.of(report);
        assertEquals(List.of("a", "b", "accuracy", "macro avg", "weighted avg"), rows.stream().map(ScoreRows.Row::label).toList());
        assertEquals(new ScoreRows.Row("a", "1.00", "0.67", "0.80", "3", false), rows.get(0));
        assertEquals(new ScoreRows.Row("b", "0.50", "1.00", "0.67", "1", false), rows.get(1));
        assertEquals(new ScoreRows.Row("accuracy", "", "", "0.75", "4", true), rows.get(2));
        assertEquals(new ScoreRows.Row("macro avg", "0.75", "0.83", "0.73", "4", true), rows.get(3));
        assertEquals("0.77", rows.get(4).f1(), "weighted by support: (3 × 0.80 + 0.67) / 4");
    }

    @Test
    void numbersHaveTwoDecimalsAndNoValueADash() {
        assertEquals("0.50", ScoreRows.number(0.5));
        assertEquals("–", ScoreRows.number(Double.NaN));
    }

    @Test
    void theNetworkIsTestedOnTheValidationSamplesOrElseOnTheTrainingOnes() {
        Dataset three = new Dataset("d", new float[3], new int[] {1}, new int[] {0, 1, 0}, 2, List.of("a", "b"));
        Dataset none = three.subset(new int[0]);
        assertEquals("the 3 validation samples", EvaluationView.describe(new Split(three, three), false));
        assertEquals("the 3 training samples (none were held back for validation)", EvaluationView.describe(new Split(three, none), false));
        assertEquals(three, EvaluationView.testSet(new Split(three, none), false));
    }

    @Test
    void theTestPartIsTestedWhenChosen() {
        Dataset three = new Dataset("d", new float[3], new int[] {1}, new int[] {0, 1, 0}, 2, List.of("a", "b"));
        Dataset two = three.subset(new int[] {0, 1});
        Dataset one = three.subset(new int[] {2});
        Split split = new Split(three, two, one);
        assertEquals("the 1 test sample", EvaluationView.describe(split, true));
        assertEquals(one, EvaluationView.testSet(split, true));
        assertEquals(two, EvaluationView.testSet(split, false));
    }
}
