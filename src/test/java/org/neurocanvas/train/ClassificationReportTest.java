package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    private static final double EPS = 1e-12;

    /*
     * Hand-computed case. truth/pred pairs:
     * cat: 3 right, 1 as dog       dog: 2 right, 1 as cat, 1 as bird     bird: 1 right
     * confusion rows = truth: cat [3,1,0], dog [1,2,1], bird [0,0,1]
     */
    private final ClassificationReport report = new ClassificationReport(
            new int[] {0, 0, 0, 0, 1, 1, 1, 1, 2},
            new int[] {0, 0, 0, 1, 1, 1, 0, 2, 2},
            List.of("cat", "dog", "bird"));

    @Test
    void confusionMatrixCountsTruthByPrediction() {
        long[][] m = report.confusion();
        assertArrayEquals(new long[] {3, 1, 0}, m[0]);
        assertArrayEquals(new long[] {1, 2, 1}, m[1]);
        assertArrayEquals(new long[] {0, 0, 1}, m[2]);
        assertEquals(6.0 / 9, report.accuracy(), EPS);
    }

    @Test
    void perClassScores() {
        // cat: precision 3/4, recall 3/4. dog: precision 2/3, recall 2/4. bird: precision 1/2, recall 1/1.
        assertEquals(new ClassificationReport.Scores(0.75, 0.75, 0.75, 4), report.scores(0));
        ClassificationReport.Scores dog = report.scores(1);
        assertEquals(2.0 / 3, dog.precision(), EPS);
        assertEquals(0.5, dog.recall(), EPS);
        assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), dog.f1(), EPS);
        ClassificationReport.Scores bird = report.scores(2);
        assertEquals(0.5, bird.precision(), EPS);
        assertEquals(1.0, bird.recall(), EPS);
        assertEquals(2.0 / 3, bird.f1(), EPS);
    }

    @Test
    void macroAndWeightedAverages() {
        double dogF1 = 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5);
        ClassificationReport.Scores macro = report.macroAverage();
        assertEquals((0.75 + 2.0 / 3 + 0.5) / 3, macro.precision(), EPS);
        assertEquals((0.75 + 0.5 + 1.0) / 3, macro.recall(), EPS);
        assertEquals((0.75 + dogF1 + 2.0 / 3) / 3, macro.f1(), EPS);
        ClassificationReport.Scores weighted = report.weightedAverage();
        assertEquals((4 * 0.75 + 4 * 2.0 / 3 + 1 * 0.5) / 9, weighted.precision(), EPS);
        assertEquals(6.0 / 9, weighted.recall(), EPS, "weighted recall equals accuracy");
        assertEquals(9, weighted.support());
    }

    @Test
    void aClassNeverPredictedScoresZeroNotNaN() {
        ClassificationReport r = new ClassificationReport(new int[] {0, 1}, new int[] {0, 0}, List.of("a", "b"));
        assertEquals(new ClassificationReport.Scores(0, 0, 0, 1), r.scores(1));
        assertEquals(0.5, r.scores(0).precision(), EPS);
    }

    @Test
    void rendersLikeScikitLearn() {
        String text = report.render();
        assertTrue(text.contains("precision"), text);
        assertTrue(text.contains("cat"), text);
        assertTrue(text.contains("macro avg"), text);
        assertTrue(text.contains("0.6667"), text);
    }

    @Test
    void rendersTheConfusionMatrixWithTruthInRows() {
        ClassificationReport wide = new ClassificationReport(new int[] {0, 1, 1}, new int[] {0, 0, 1}, List.of("cat", "hippopotamus"));
        assertEquals("""
                Confusion matrix (rows: true class, columns: predicted class)
                                  cat hippopotamus
                cat                 1            0
                hippopotamus        1            1
                """, wide.renderConfusion());
    }
}
