package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class LstmTest {

  @Test
  void lastStepGradientsMatchFiniteDifferences() {
    GradientCheck.checkOp(lstm(false), GradientCheck.uniform(1, -1, 1, 2, 4, 3), 2);
  }

  @Test
  void sequenceGradientsMatchFiniteDifferences() {
    GradientCheck.checkOp(lstm(true), GradientCheck.uniform(1, -1, 1, 2, 4, 3), 2);
  }

  @Test
  void float32SequencesAgreeWithFloat64() {
    Lstm single = new Lstm("lstm", 3, 5, true, DataType.FLOAT, 4);
    Lstm reference = lstm(true);
    for (int i = 0; i < 3; i++) {
      single.parameters().get(i).value().assign(reference.parameters().get(i).value());
    }
    INDArray x = GradientCheck.uniform(1, -1, 1, 2, 4, 3);
    INDArray expected = reference.forward(new INDArray[] {x}, true);
    INDArray actual = single.forward(new INDArray[] {x.castTo(DataType.FLOAT)}, true);
    assertTrue(expected.equalsWithEps(actual.castTo(DataType.DOUBLE), 1e-5), actual.toString());
    INDArray[] gradients = single.backward(actual.dup().assign(1));
    assertArrayEquals(x.shape(), gradients[0].shape());
  }

  @Test
  void forwardMatchesTheKerasEquationsStepByStep() {
    Lstm lstm = lstm(true);
    INDArray x = GradientCheck.uniform(1, -1, 1, 2, 4, 3);
    INDArray y = lstm.forward(new INDArray[] {x}, false);
    double[][] w = lstm.parameters().get(0).value().toDoubleMatrix();
    double[][] u = lstm.parameters().get(1).value().toDoubleMatrix();
    double[] b = lstm.parameters().get(2).value().toDoubleVector();
    int units = 5;
    for (int n = 0; n < 2; n++) {
      double[] h = new double[units];
      double[] c = new double[units];
      for (int t = 0; t < 4; t++) {
        double[] z = b.clone();
        for (int j = 0; j < 4 * units; j++) {
          for (int k = 0; k < 3; k++) {
            z[j] += x.getDouble(n, t, k) * w[k][j];
          }
          for (int k = 0; k < units; k++) {
            z[j] += h[k] * u[k][j];
          }
        }
        for (int j = 0; j < units; j++) {
          double i = sigmoid(z[j]);
          double f = sigmoid(z[units + j]);
          double g = Math.tanh(z[2 * units + j]);
          double o = sigmoid(z[3 * units + j]);
          c[j] = f * c[j] + i * g;
          h[j] = o * Math.tanh(c[j]);
        }
        for (int j = 0; j < units; j++) {
          assertEquals(h[j], y.getDouble(n, t, j), 1e-12, "h at sample " + n + ", step " + t);
        }
      }
    }
  }

  @Test
  void parametersAreShapedAsKerasWithTheForgetBiasAtOne() {
    Lstm lstm = new Lstm("lstm_1", 3, 5, false, DataType.FLOAT, 1);
    assertEquals(List.of("lstm_1/W", "lstm_1/U", "lstm_1/b"),
        lstm.parameters().stream().map(Parameter::name).toList());
    assertArrayEquals(new long[] {3, 20}, lstm.parameters().get(0).value().shape());
    assertArrayEquals(new long[] {5, 20}, lstm.parameters().get(1).value().shape());
    assertEquals(5.0, lstm.parameters().get(2).value().sumNumber().doubleValue());
  }

  private static Lstm lstm(boolean sequences) {
    Lstm lstm = new Lstm("lstm", 3, 5, sequences, DataType.DOUBLE, 4);
    lstm.parameters().get(2).value().addi(GradientCheck.uniform(5, -0.5, 0.5, 20));
    return lstm;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
