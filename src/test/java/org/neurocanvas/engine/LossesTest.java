package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The element-wise losses and one-hot labels for softmax cross-entropy. */
class LossesTest {
  private static final INDArray TARGETS = GradientCheck.uniform(7, -1, 1, 4, 3);
  private static final INDArray BINARY =
      Nd4j.createFromArray(new double[][] {{0, 1, 1}, {1, 0, 0}, {1, 1, 0}, {0, 0, 1}});

  @Test
  void gradientsMatchFiniteDifferences() {
    for (Loss loss : List.of(ElementwiseLoss.meanSquaredError(), ElementwiseLoss.meanAbsoluteError(),
        ElementwiseLoss.huber(0.5))) {
      check(loss, TARGETS);
    }
    check(ElementwiseLoss.binaryCrossEntropy(), BINARY);
    check(new SoftmaxCrossEntropy(), BINARY.div(BINARY.sum(1).reshape(4, 1)));
  }

  @Test
  void valuesMatchTheTextbookFormulas() {
    INDArray z = Nd4j.createFromArray(new double[][] {{0.5, -2}});
    INDArray y = Nd4j.createFromArray(new double[][] {{1, 1}});
    assertEquals((0.25 + 9) / 2, ElementwiseLoss.meanSquaredError().forward(z, y), 1e-15);
    assertEquals((0.5 + 3) / 2, ElementwiseLoss.meanAbsoluteError().forward(z, y), 1e-15);
    // Huber, delta 1: 0.5 * 0.5^2 inside, 1 * (3 - 0.5) outside.
    assertEquals((0.125 + 2.5) / 2, ElementwiseLoss.huber(1).forward(z, y), 1e-15);
    double bce = (-Math.log(1 / (1 + Math.exp(-0.5))) - Math.log(1 / (1 + Math.exp(2)))) / 2;
    assertEquals(bce, ElementwiseLoss.binaryCrossEntropy().forward(z, y), 1e-15);
  }

  @Test
  void binaryCrossEntropyStaysFiniteForHugeLogits() {
    INDArray z = Nd4j.createFromArray(new double[][] {{1000, -1000}});
    INDArray y = Nd4j.createFromArray(new double[][] {{0, 1}});
    assertEquals(1000, ElementwiseLoss.binaryCrossEntropy().forward(z, y), 1e-9);
  }

  @Test
  void oneHotRowsGiveTheSameLossAsClassIndices() {
    INDArray logits = GradientCheck.uniform(1, -3, 3, 3, 4);
    INDArray indices = Nd4j.createFromArray(2, 0, 3);
    INDArray oneHot = Nd4j.createFromArray(new double[][] {{0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}});
    SoftmaxCrossEntropy sparse = new SoftmaxCrossEntropy();
    SoftmaxCrossEntropy dense = new SoftmaxCrossEntropy();
    assertEquals(sparse.forward(logits, indices), dense.forward(logits, oneHot), 1e-15);
    assertArrayEquals(sparse.backward().data().asDouble(), dense.backward().data().asDouble(), 1e-15);
  }

  @Test
  void mismatchedTargetsAreExplained() {
    assertThrows(IllegalArgumentException.class,
        () -> ElementwiseLoss.meanSquaredError().forward(TARGETS, Nd4j.zeros(4, 2)));
    assertThrows(IllegalArgumentException.class, () -> ElementwiseLoss.huber(0));
  }

  private static void check(Loss loss, INDArray labels) {
    INDArray logits = GradientCheck.uniform(3, -2, 2, 4, 3);
    loss.forward(logits, labels);
    INDArray analytic = loss.backward().dup();
    GradientCheck.assertGradient(loss.toString(), logits, () -> loss.forward(logits, labels), analytic);
  }
}
