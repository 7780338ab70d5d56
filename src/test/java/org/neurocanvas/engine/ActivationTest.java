package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class ActivationTest {

  @ParameterizedTest
  @EnumSource(ActivationFunction.class)
  void gradientMatchesFiniteDifferences(ActivationFunction f) {
    // Magnitudes in [0.1, 2] with random signs: ReLU's kink at 0 stays out of reach of the probe.
    INDArray magnitude = GradientCheck.uniform(1, 0.1, 2, 4, 5);
    INDArray sign = GradientCheck.uniform(2, -1, 1, 4, 5);
    INDArray x = magnitude.muli(Transforms.sign(sign));
    GradientCheck.checkOp(new Activation(f), x, 3);
  }

  @Test
  void forwardValues() {
    INDArray x = Nd4j.createFromArray(new double[][] {{-1, 0.5}});
    assertArrayEquals(new double[] {0, 0.5}, apply(ActivationFunction.RELU, x), 1e-15);
    assertArrayEquals(new double[] {Math.tanh(-1), Math.tanh(0.5)},
        apply(ActivationFunction.TANH, x), 1e-15);
    assertArrayEquals(new double[] {1 / (1 + Math.E), 1 / (1 + Math.exp(-0.5))},
        apply(ActivationFunction.SIGMOID, x), 1e-15);
  }

  @Test
  void linearPassesValuesAndGradientsThrough() {
    Activation linear = new Activation(ActivationFunction.LINEAR);
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 2}});
    assertSame(x, linear.forward(new INDArray[] {x}, true));
    assertSame(x, linear.backward(x)[0]);
  }

  @Test
  void parseIgnoresCaseAndListsAllowedValues() {
    assertEquals(ActivationFunction.RELU, ActivationFunction.parse("ReLU"));
    assertEquals(ActivationFunction.SIGMOID, ActivationFunction.parse(" sigmoid "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActivationFunction.parse("gelu"));
    assertTrue(e.getMessage().contains("gelu")
        && e.getMessage().contains("linear, relu, tanh, sigmoid"), e.getMessage());
  }

  private static double[] apply(ActivationFunction f, INDArray x) {
    return new Activation(f).forward(new INDArray[] {x}, false).toDoubleVector();
  }
}
