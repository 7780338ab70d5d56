package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class SimpleRnnTest {

  @ParameterizedTest(name = "sequences {0}")
  @ValueSource(booleans = {false, true})
  void gradientsMatchFiniteDifferences(boolean sequences) {
    GradientCheck.checkOp(rnn(sequences), GradientCheck.uniform(1, -1, 1, 2, 4, 3), 2);
  }

  @Test
  void forwardMatchesTheEquationStepByStep() {
    SimpleRnn rnn = rnn(true);
    INDArray x = GradientCheck.uniform(1, -1, 1, 2, 4, 3);
    INDArray y = rnn.forward(new INDArray[] {x}, false);
    double[][] w = rnn.parameters().get(0).value().toDoubleMatrix();
    double[][] u = rnn.parameters().get(1).value().toDoubleMatrix();
    double[] b = rnn.parameters().get(2).value().toDoubleVector();
    for (int n = 0; n < 2; n++) {
      double[] h = new double[5];
      for (int t = 0; t < 4; t++) {
        double[] next = new double[5];
        for (int j = 0; j < 5; j++) {
          double z = b[j];
          for (int k = 0; k < 3; k++) {
            z += x.getDouble(n, t, k) * w[k][j];
          }
          for (int k = 0; k < 5; k++) {
            z += h[k] * u[k][j];
          }
          next[j] = Math.tanh(z);
          assertEquals(next[j], y.getDouble(n, t, j), 1e-12, "h at sample " + n + ", step " + t);
        }
        h = next;
      }
    }
    INDArray last = rnn(false).forward(new INDArray[] {x}, false);
    assertEquals(y.getDouble(1, 3, 2), last.getDouble(1, 2), 1e-15);
  }

  @Test
  void parametersAreNamedAndCountedAsKeras() {
    SimpleRnn rnn = new SimpleRnn("rnn", 3, 5, false, DataType.FLOAT, 1);
    assertEquals(List.of("rnn/W", "rnn/U", "rnn/b"),
        rnn.parameters().stream().map(Parameter::name).toList());
    assertEquals(5 * (3 + 5 + 1), rnn.parameters().stream().mapToLong(Parameter::size).sum());
  }

  @Test
  void wrongFeatureCountIsExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rnn(false).forward(new INDArray[] {GradientCheck.uniform(1, 0, 1, 2, 4, 2)}, false));
    assertTrue(e.getMessage().contains("rnn") && e.getMessage().contains("[2, 4, 2]"),
        e.getMessage());
  }

  private static SimpleRnn rnn(boolean sequences) {
    SimpleRnn rnn = new SimpleRnn("rnn", 3, 5, sequences, DataType.DOUBLE, 4);
    rnn.parameters().get(2).value().assign(GradientCheck.uniform(5, -0.5, 0.5, 5));
    return rnn;
  }
}
