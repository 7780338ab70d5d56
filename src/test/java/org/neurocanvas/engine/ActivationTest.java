package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
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
    // libnd4j keeps the slope as a float: 0.2f differs from 0.2 by 3e-9.
    assertArrayEquals(new double[] {-0.2, 0.5}, apply(ActivationFunction.LEAKY_RELU, x), 1e-8);
    assertArrayEquals(new double[] {Math.exp(-1) - 1, 0.5}, apply(ActivationFunction.ELU, x),
        1e-15);
    // GELU(x) = x Φ(x): Φ(-1) = 0.158655253931457, Φ(0.5) = 0.691462461274013.
    assertArrayEquals(new double[] {-0.158655253931457, 0.5 * 0.691462461274013},
        apply(ActivationFunction.GELU, x), 1e-12);
    assertArrayEquals(new double[] {-1 / (1 + Math.E), 0.5 / (1 + Math.exp(-0.5))},
        apply(ActivationFunction.SILU, x), 1e-15);
    double sum = Math.exp(-1) + Math.exp(0.5);
    assertArrayEquals(new double[] {Math.exp(-1) / sum, Math.exp(0.5) / sum},
        apply(ActivationFunction.SOFTMAX, x), 1e-15);
  }

  @Test
  void softmaxRunsAlongTheLastAxisOfAnyRank() {
    INDArray x = GradientCheck.uniform(4, -3, 3, 2, 3, 4);
    INDArray y = new Activation(ActivationFunction.SOFTMAX).forward(new INDArray[] {x}, false);
    assertArrayEquals(Nd4j.ones(DataType.DOUBLE, 2, 3).data().asDouble(),
        y.sum(2).dup('c').data().asDouble(), 1e-12);
    GradientCheck.checkOp(new Activation(ActivationFunction.SOFTMAX), x, 5);
  }

  @Test
  void smoothFunctionsStayFiniteForLargeInputs() {
    INDArray x = Nd4j.createFromArray(new float[][] {{-200, 200}});
    for (ActivationFunction f : new ActivationFunction[] {ActivationFunction.GELU,
        ActivationFunction.SILU}) {
      Activation a = new Activation(f);
      assertArrayEquals(new float[] {0, 200}, a.forward(new INDArray[] {x}, true).data().asFloat(),
          1e-3f, f.id());
      assertArrayEquals(new float[] {0, 1}, a.backward(Nd4j.onesLike(x))[0].data().asFloat(),
          1e-3f, f.id());
    }
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
    assertEquals(ActivationFunction.LEAKY_RELU, ActivationFunction.parse("leaky_relu"));
    assertEquals(ActivationFunction.SILU, ActivationFunction.parse("swish"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActivationFunction.parse("mish"));
    assertTrue(e.getMessage().contains("mish") && e.getMessage().contains(
        "linear, relu, tanh, sigmoid, leaky_relu, elu, gelu, silu, softmax"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = ActivationFunction.class,
      names = {"RELU", "LEAKY_RELU", "ELU", "TANH", "SIGMOID"})
  void javaLoopsAndNativeKernelsAgree(ActivationFunction f) {
    // A row of 4,096 elements runs in Java; both rows, 8,192, in libnd4j.
    int width = (int) HostKernels.ELEMENT_LIMIT;
    INDArray both = GradientCheck.uniform(1, -3, 3, 2, width);
    INDArray gradOut = GradientCheck.uniform(2, -1, 1, 2, width);
    INDArray row = both.getRow(0).reshape(1, width).dup();
    Activation inJava = new Activation(f);
    Activation inNative = new Activation(f);
    double[] small = inJava.forward(new INDArray[] {row}, true).toDoubleVector();
    double[] large = inNative.forward(new INDArray[] {both}, true).getRow(0).toDoubleVector();
    // libnd4j keeps the leaky slope as a float: 0.2f differs from 0.2 by 3e-9.
    assertArrayEquals(large, small, 1e-8, f.id());
    double[] smallGrad =
        inJava.backward(gradOut.getRow(0).reshape(1, width).dup())[0].toDoubleVector();
    double[] largeGrad = inNative.backward(gradOut)[0].getRow(0).toDoubleVector();
    assertArrayEquals(largeGrad, smallGrad, 1e-8, f.id());
  }

  private static double[] apply(ActivationFunction f, INDArray x) {
    return new Activation(f).forward(new INDArray[] {x}, false).toDoubleVector();
  }
}
