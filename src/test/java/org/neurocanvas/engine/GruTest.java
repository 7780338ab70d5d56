package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

class GruTest {
  private static final int UNITS = 5;

  @ParameterizedTest(name = "sequences {0}")
  @ValueSource(booleans = {false, true})
  void gradientsMatchFiniteDifferences(boolean sequences) {
    GradientCheck.checkOp(gru(sequences), GradientCheck.uniform(1, -1, 1, 2, 4, 3), 2);
  }

  @Test
  void forwardMatchesTheResetAfterEquationsStepByStep() {
    Gru gru = gru(true);
    INDArray x = GradientCheck.uniform(1, -1, 1, 2, 4, 3);
    INDArray y = gru.forward(new INDArray[] {x}, false);
    double[][] w = gru.parameters().get(0).value().toDoubleMatrix();
    double[][] u = gru.parameters().get(1).value().toDoubleMatrix();
    double[] b = gru.parameters().get(2).value().toDoubleVector();
    double[] c = gru.parameters().get(3).value().toDoubleVector();
    for (int n = 0; n < 2; n++) {
      double[] h = new double[UNITS];
      for (int t = 0; t < 4; t++) {
        double[] xw = b.clone();
        double[] hu = c.clone();
        for (int j = 0; j < 3 * UNITS; j++) {
          for (int k = 0; k < 3; k++) {
            xw[j] += x.getDouble(n, t, k) * w[k][j];
          }
          for (int k = 0; k < UNITS; k++) {
            hu[j] += h[k] * u[k][j];
          }
        }
        double[] next = new double[UNITS];
        for (int j = 0; j < UNITS; j++) {
          double r = sigmoid(xw[j] + hu[j]);
          double z = sigmoid(xw[UNITS + j] + hu[UNITS + j]);
          double candidate = Math.tanh(xw[2 * UNITS + j] + r * hu[2 * UNITS + j]);
          next[j] = (1 - z) * candidate + z * h[j];
          assertEquals(next[j], y.getDouble(n, t, j), 1e-12, "h at sample " + n + ", step " + t);
        }
        h = next;
      }
    }
  }

  @Test
  void parametersAreNamedAndCountedAsPyTorchsTwoBiasForm() {
    Gru gru = new Gru("gru_1", 3, 5, false, DataType.FLOAT, 1);
    assertEquals(List.of("gru_1/W", "gru_1/U", "gru_1/b", "gru_1/recurrent_b"),
        gru.parameters().stream().map(Parameter::name).toList());
    assertArrayEquals(new long[] {3, 15}, gru.parameters().get(0).value().shape());
    assertArrayEquals(new long[] {5, 15}, gru.parameters().get(1).value().shape());
    assertEquals(3 * 5 * (3 + 5 + 2), gru.parameters().stream().mapToLong(Parameter::size).sum());
  }

  @ParameterizedTest(name = "sequences {0}")
  @ValueSource(booleans = {false, true})
  void javaStepsAndNativeStepsAgree(boolean sequences) {
    // 128 samples x 32 units = 4,096 gate values a step run in Java, 129 samples in libnd4j; the
    // 129th sample (zero output gradient) changes neither the others nor any parameter gradient.
    assertTrue(128 * 32 <= HostKernels.ELEMENT_LIMIT && 129 * 32 > HostKernels.ELEMENT_LIMIT);
    Gru inJava = new Gru("gru", 3, 32, sequences, DataType.DOUBLE, 4);
    Gru inNative = new Gru("gru", 3, 32, sequences, DataType.DOUBLE, 4);
    for (Gru gru : List.of(inJava, inNative)) {
      gru.parameters().get(2).value().assign(GradientCheck.uniform(5, -0.5, 0.5, 96));
      gru.parameters().get(3).value().assign(GradientCheck.uniform(6, -0.5, 0.5, 96));
    }
    INDArray x129 = GradientCheck.uniform(1, -1, 1, 129, 4, 3);
    INDArray g129 = sequences ? GradientCheck.uniform(2, -1, 1, 129, 4, 32)
        : GradientCheck.uniform(2, -1, 1, 129, 32);
    g129.get(NDArrayIndex.point(128)).assign(0);
    INDArray x128 = x129.get(NDArrayIndex.interval(0, 128)).dup();
    INDArray g128 = g129.get(NDArrayIndex.interval(0, 128)).dup();

    INDArray y128 = inJava.forward(new INDArray[] {x128}, true).dup();
    INDArray y129 = inNative.forward(new INDArray[] {x129}, true);
    INDArray dx128 = inJava.backward(g128)[0].dup();
    INDArray dx129 = inNative.backward(g129)[0];

    assertArrayEquals(y129.get(NDArrayIndex.interval(0, 128)).dup().data().asDouble(),
        y128.data().asDouble(), 1e-12);
    assertArrayEquals(dx129.get(NDArrayIndex.interval(0, 128)).dup().data().asDouble(),
        dx128.data().asDouble(), 1e-12);
    for (int i = 0; i < 4; i++) {
      assertArrayEquals(inNative.parameters().get(i).grad().data().asDouble(),
          inJava.parameters().get(i).grad().data().asDouble(), 1e-12,
          inJava.parameters().get(i).name());
    }
  }

  private static Gru gru(boolean sequences) {
    Gru gru = new Gru("gru", 3, UNITS, sequences, DataType.DOUBLE, 4);
    gru.parameters().get(2).value().assign(GradientCheck.uniform(5, -0.5, 0.5, 3 * UNITS));
    gru.parameters().get(3).value().assign(GradientCheck.uniform(6, -0.5, 0.5, 3 * UNITS));
    return gru;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
