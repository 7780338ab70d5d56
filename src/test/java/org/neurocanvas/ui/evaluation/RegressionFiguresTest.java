package org.neurocanvas.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurocanvas.train.RegressionReport;

class RegressionFiguresTest {

    @Test
    void figuresShowFourSignificantDigitsInTheOrderMseMaeR2() {
        List<String[]> rows = RegressionFigures.rows(new RegressionReport(100, 0.0042134, 12.3456, 0.87314));
        assertEquals(List.of("MSE", "MAE", "R²"), rows.stream().map(r -> r[0]).toList());
        assertEquals(List.of("0.004213", "12.35", "0.8731"), rows.stream().map(r -> r[1]).toList());
        assertEquals("1.235e-7", RegressionFigures.figure(1.2345e-7));
        assertEquals("–", RegressionFigures.figure(Double.NaN), "R² of constant targets");
    }
}
