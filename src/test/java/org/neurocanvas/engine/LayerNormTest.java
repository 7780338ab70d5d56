package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class LayerNormTest {

  @Test
  void gradientsMatchFiniteDifferencesOnVectors() {
    GradientCheck.checkOp(layerNorm(), GradientCheck.uniform(1, -2, 2, 3, 4), 2);
  }

  @Test
  void gradientsMatchFiniteDifferencesOnSequences() {
    GradientCheck.checkOp(layerNorm(), GradientCheck.uniform(1, -2, 2, 2, 3, 4), 2);
  }

  @Test
  void forwardNormalisesEachRowThenScalesAndShifts() {
    LayerNorm norm = layerNorm();
    INDArray x = GradientCheck.uniform(3, -2, 2, 2, 3, 4);
    INDArray y = norm.forward(new INDArray[] {x}, true);
    double[] gamma = norm.parameters().get(0).value().toDoubleVector();
    double[] beta = norm.parameters().get(1).value().toDoubleVector();
    for (int n = 0; n < 2; n++) {
      for (int t = 0; t < 3; t++) {
        double[] row = x.slice(n).slice(t).toDoubleVector();
        double mean = 0;
        for (double v : row) {
          mean += v / row.length;
        }
        double variance = 0;
        for (double v : row) {
          variance += (v - mean) * (v - mean) / row.length;
        }
        for (int f = 0; f < row.length; f++) {
          double expected = gamma[f] * (row[f] - mean) / Math.sqrt(variance + 1e-3) + beta[f];
          assertEquals(expected, y.getDouble(n, t, f), 1e-12);
        }
      }
    }
  }

  @Test
  void backwardAddsIntoParameterGradientsAndWorksInFloat32() {
    LayerNorm norm = new LayerNorm("ln", 4, 1e-3, DataType.FLOAT);
    INDArray x = GradientCheck.uniform(1, -2, 2, 3, 4).castTo(DataType.FLOAT);
    INDArray gradOut = GradientCheck.uniform(2, -1, 1, 3, 4).castTo(DataType.FLOAT);
    norm.forward(new INDArray[] {x}, true);
    INDArray gradIn = norm.backward(gradOut)[0].dup();
    double[] once = norm.parameters().get(0).grad().toDoubleVector();
    norm.backward(gradOut);
    double[] twice = norm.parameters().get(0).grad().toDoubleVector();
    for (int f = 0; f < 4; f++) {
      assertEquals(2 * once[f], twice[f], 1e-6);
    }
    assertEquals(DataType.FLOAT, gradIn.dataType());
    // Each row's input gradient sums to zero: shifting a row leaves its normalised values alone.
    for (int r = 0; r < 3; r++) {
      assertEquals(0, gradIn.getRow(r).sumNumber().doubleValue(), 1e-5);
    }
  }

  @Test
  void parametersAreNamedAsKerasAndStartAtOneAndZero() {
    LayerNorm norm = new LayerNorm("ln", 4, 1e-5, DataType.FLOAT);
    List<Parameter> params = norm.parameters();
    assertEquals(List.of("ln/gamma", "ln/beta"), params.stream().map(Parameter::name).toList());
    assertArrayEquals(new float[] {1, 1, 1, 1}, params.get(0).value().toFloatVector());
    assertArrayEquals(new float[] {0, 0, 0, 0}, params.get(1).value().toFloatVector());
  }

  @Test
  void wrongFeatureCountIsExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> layerNorm().forward(new INDArray[] {GradientCheck.uniform(1, 0, 1, 2, 5)}, false));
    assertTrue(e.getMessage().contains("ln") && e.getMessage().contains("[2, 5]"), e.getMessage());
  }

  private static LayerNorm layerNorm() {
    LayerNorm norm = new LayerNorm("ln", 4, 1e-3, DataType.DOUBLE);
    norm.parameters().get(0).value().addi(GradientCheck.uniform(5, -0.5, 0.5, 4));
    norm.parameters().get(1).value().addi(GradientCheck.uniform(6, -0.5, 0.5, 4));
    return norm;
  }
}
