package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SoftmaxCrossEntropyTest {
  private static final INDArray LABELS = Nd4j.createFromArray(0, 2, 1, 2, 0);

  @Test
  void gradientMatchesFiniteDifferences() {
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
    INDArray logits = GradientCheck.uniform(1, -3, 3, 5, 3);
    loss.forward(logits, LABELS);
    INDArray analytic = loss.backward();
    GradientCheck.assertGradient("logits", logits, () -> loss.forward(logits, LABELS), analytic);
  }

  @Test
  void oneHotAndSoftTargetGradientsMatchFiniteDifferences() {
    INDArray oneHot = Nd4j.createFromArray(new double[][] {
        {1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
    INDArray soft = Nd4j.createFromArray(new double[][] {
        {0.7, 0.2, 0.1}, {0, 0.5, 0.5}, {0.1, 0.8, 0.1}, {0, 0, 1}, {1, 0, 0}});
    for (INDArray targets : new INDArray[] {oneHot, soft}) {
      SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
      INDArray logits = GradientCheck.uniform(1, -3, 3, 5, 3);
      loss.forward(logits, targets);
      INDArray analytic = loss.backward();
      GradientCheck.assertGradient("logits", logits, () -> loss.forward(logits, targets),
          analytic);
    }
  }

  @Test
  void oneHotRowsCostTheSameAsTheirClassIndices() {
    INDArray logits = GradientCheck.uniform(1, -3, 3, 5, 3);
    INDArray oneHot = Nd4j.createFromArray(new float[][] {
        {1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
    SoftmaxCrossEntropy fromIndices = new SoftmaxCrossEntropy();
    SoftmaxCrossEntropy fromOneHot = new SoftmaxCrossEntropy();
    assertEquals(fromIndices.forward(logits, LABELS), fromOneHot.forward(logits, oneHot), 1e-15);
    assertArrayEquals(fromIndices.backward().data().asDouble(),
        fromOneHot.backward().data().asDouble(), 1e-15);
  }

  @Test
  void equalLogitsCostLogOfTheClassCount() {
    double value = new SoftmaxCrossEntropy().forward(Nd4j.zeros(DataType.FLOAT, 5, 3), LABELS);
    assertEquals(Math.log(3), value, 1e-12);
  }

  @Test
  void hugeLogitsStayFinite() {
    INDArray logits = Nd4j.createFromArray(new float[][] {{1000, -1000}, {-1000, 1000}});
    SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
    assertEquals(2000.0, loss.forward(logits, Nd4j.createFromArray(1, 1)) * 2, 1e-9);
    assertArrayEquals(new float[] {0.5f, -0.5f, 0, 0}, loss.backward().data().asFloat());
  }

  @Test
  void softmaxRowsSumToOne() {
    INDArray p = SoftmaxCrossEntropy.softmax(GradientCheck.uniform(1, -5, 5, 4, 6));
    assertArrayEquals(new double[] {1, 1, 1, 1}, p.sum(1).toDoubleVector(), 1e-12);
    assertTrue(p.minNumber().doubleValue() > 0);
  }

  @Test
  void readsLogitsInAnyMemoryLayout() {
    INDArray transposed = GradientCheck.uniform(1, -1, 1, 3, 5).transpose();
    double fromView = new SoftmaxCrossEntropy().forward(transposed, LABELS);
    assertEquals(new SoftmaxCrossEntropy().forward(transposed.dup('c'), LABELS), fromView);
  }

  @Test
  void labelsMayBeAnyNumericType() {
    INDArray logits = GradientCheck.uniform(1, -1, 1, 5, 3);
    double fromInts = new SoftmaxCrossEntropy().forward(logits, LABELS);
    double fromFloats = new SoftmaxCrossEntropy().forward(logits, LABELS.castTo(DataType.FLOAT));
    assertEquals(fromInts, fromFloats);
  }

  @Test
  void outOfRangeLabelIsExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SoftmaxCrossEntropy().forward(Nd4j.zeros(2, 3), Nd4j.createFromArray(0, 3)));
    assertTrue(e.getMessage().contains("0..2") && e.getMessage().contains("row 1"),
        e.getMessage());
  }
}
