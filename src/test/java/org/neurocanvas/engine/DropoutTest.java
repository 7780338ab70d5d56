package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DropoutTest {

  @Test
  void gradientWithAFixedMaskMatchesFiniteDifferences() {
    Dropout dropout = new Dropout(0.4, 11);
    GradientCheck.checkOp(dropout, new INDArray[] {GradientCheck.uniform(1, -1, 1, 4, 6)}, 2, true,
        dropout::restart);
  }

  @Test
  void trainingDropsAboutTheRateAndScalesTheRest() {
    INDArray ones = Nd4j.ones(DataType.FLOAT, 100, 100);
    double[] y = Arrays.stream(Tensors.toDoubles(
        new Dropout(0.25, 1).forward(new INDArray[] {ones}, true))).toArray();
    long zeros = Arrays.stream(y).filter(v -> v == 0).count();
    assertTrue(Math.abs(zeros / 10_000.0 - 0.25) < 0.02, "dropped fraction " + zeros / 10_000.0);
    assertTrue(Arrays.stream(y).allMatch(v -> v == 0 || Math.abs(v - 1 / 0.75) < 1e-6));
  }

  @Test
  void inferencePassesValuesAndGradientsThrough() {
    Dropout dropout = new Dropout(0.5, 1);
    INDArray x = GradientCheck.uniform(1, -1, 1, 3, 4);
    assertSame(x, dropout.forward(new INDArray[] {x}, false));
    assertSame(x, dropout.backward(x)[0]);
  }

  @Test
  void sameSeedSameMasksAndSuccessivePassesDiffer() {
    INDArray ones = Nd4j.ones(DataType.FLOAT, 8, 8);
    Dropout a = new Dropout(0.5, 3);
    Dropout b = new Dropout(0.5, 3);
    Nd4j.getRandom().setSeed(99); // the global generator must not matter
    float[] first = a.forward(new INDArray[] {ones}, true).dup().data().asFloat();
    assertArrayEquals(first, b.forward(new INDArray[] {ones}, true).dup().data().asFloat());
    assertFalse(Arrays.equals(first, a.forward(new INDArray[] {ones}, true).dup().data().asFloat()));
    a.restart();
    assertArrayEquals(first, a.forward(new INDArray[] {ones}, true).dup().data().asFloat());
    assertEquals(DataType.FLOAT, a.backward(ones)[0].dataType());
  }
}
