package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.engine.Parameter;

class RegularisationTest {

    private static Parameter parameter(String name, float[] value, long[] shape, float[] grad) {
        Parameter p = new Parameter(name, Nd4j.create(value, shape, 'c'));
        p.accumulateGrad(Nd4j.create(grad, shape, 'c'));
        return p;
    }

    private static Parameter weights(float[] grad) {
        return parameter("dense_1/W", new float[] {1, 2, 3, 4}, new long[] {2, 2}, grad);
    }

    private static Parameter bias(float[] grad) {
        return parameter("dense_1/b", new float[] {1, -1}, new long[] {2}, grad);
    }

    @Test
    void theL2GradientIsExactAndSparesBiases() {
        Parameter w = weights(new float[] {0.5f, 0.5f, 0.5f, 0.5f});
        Parameter b = bias(new float[] {0.25f, 0.25f});
        Regularisation r = new Regularisation();
        r.setL2(0.5);
        assertEquals(0.25 * (1 + 4 + 9 + 16), r.penalty(List.of(w, b)), 1e-6, "lambda/2 times the squared weights");
        r.adjustGradients(List.of(w, b));
        assertArrayEquals(new float[] {1.0f, 1.5f, 2.0f, 2.5f}, w.grad().data().asFloat(), "g + lambda w");
        assertArrayEquals(new float[] {0.25f, 0.25f}, b.grad().data().asFloat(), "biases keep their gradient");
    }

    @Test
    void aClippedGradientHasExactlyTheMaximumNorm() {
        // Gradients 3, 4, 0, 0 and 12, 0: global norm 13.
        Parameter w = weights(new float[] {3, 4, 0, 0});
        Parameter b = bias(new float[] {12, 0});
        Regularisation r = new Regularisation();
        r.setClipping(1, 0);
        assertEquals(13, r.adjustGradients(List.of(w, b)), 1e-6, "the norm before clipping");
        assertEquals(1, Regularisation.globalNorm(List.of(w, b)), 1e-6);
        assertArrayEquals(new float[] {3 / 13f, 4 / 13f, 0, 0}, w.grad().data().asFloat(), 1e-7f, "the direction is kept");
    }

    @Test
    void aGradientWithinTheNormIsLeftAlone() {
        Parameter w = weights(new float[] {0.3f, 0.4f, 0, 0});
        Regularisation r = new Regularisation();
        r.setClipping(1, 0);
        r.adjustGradients(List.of(w));
        assertArrayEquals(new float[] {0.3f, 0.4f, 0, 0}, w.grad().data().asFloat());
    }

    @Test
    void valueClippingClampsEachElementAfterTheNorm() {
        Parameter w = weights(new float[] {3, -4, 0.1f, -0.5f});
        Regularisation r = new Regularisation();
        r.setClipping(10, 1);
        r.adjustGradients(List.of(w));
        assertArrayEquals(new float[] {1, -1, 0.1f, -0.5f}, w.grad().data().asFloat());
        r.setClipping(2.5, 1);
        Parameter v = weights(new float[] {3, -4, 0, 0});
        r.adjustGradients(List.of(v));
        assertArrayEquals(new float[] {1, -1, 0, 0}, v.grad().data().asFloat(), "scaled to 1.5, -2, then clamped");
    }

    @Test
    void decoupledDecayShrinksWeightsOnly() {
        Parameter w = weights(new float[4]);
        Parameter b = bias(new float[2]);
        Regularisation r = new Regularisation();
        r.setWeightDecay(0.5);
        r.decay(List.of(w, b), 0.2);
        assertArrayEquals(new float[] {0.9f, 1.8f, 2.7f, 3.6f}, w.value().data().asFloat(), 1e-6f, "w (1 - 0.2 * 0.5)");
        assertArrayEquals(new float[] {1, -1}, b.value().data().asFloat());
    }

    @Test
    void aNonFiniteGradientShowsInTheNorm() {
        Parameter w = weights(new float[] {Float.NaN, 0, 0, 0});
        Regularisation r = new Regularisation();
        r.setClipping(1, 0);
        assertFalse(Double.isFinite(r.adjustGradients(List.of(w))));
        assertEquals(0, new Regularisation().adjustGradients(List.of(w)), "not measured without clipping by norm");
    }

    @Test
    void offCostsNothingAndChangesNothing() {
        Parameter w = weights(new float[] {3, 4, 0, 0});
        Regularisation r = new Regularisation();
        assertEquals(0, r.penalty(List.of(w)));
        r.adjustGradients(List.of(w));
        r.decay(List.of(w), 0.1);
        assertArrayEquals(new float[] {3, 4, 0, 0}, w.grad().data().asFloat());
        assertArrayEquals(new float[] {1, 2, 3, 4}, w.value().data().asFloat());
    }

    @Test
    void aNegativeSettingIsASentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Regularisation().setClipping(-1, 0));
        assertEquals("Gradient clipping's maximum norm must be 0 (off) or a positive number, found -1.0.", e.getMessage());
    }
}
