package org.neurocanvas.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FitViewTest {

    @Test
    void rSquaredIsOneWhenExactAndZeroForTheMean() {
        float[] truth = {1, 2, 3, 4};
        assertEquals(1, FitView.r2(truth, truth.clone()), 1e-12);
        assertEquals(0, FitView.r2(truth, new float[] {2.5f, 2.5f, 2.5f, 2.5f}), 1e-12);
        assertEquals(1 - 4.0 / 5, FitView.r2(truth, new float[] {2, 3, 4, 5}), 1e-12, "each one off: squared error 4 over a spread of 5");
    }
}
