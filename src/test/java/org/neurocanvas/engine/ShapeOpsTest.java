package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Flatten and Reshape, Add, Multiply and Concatenate: values, gradients and shapes. */
class ShapeOpsTest {

  @Test
  void flattenUsesKerasOrderWithTheChannelFastest() {
    INDArray x = Nd4j.arange(12).castTo(DataType.DOUBLE).reshape('c', 1, 2, 3, 2);
    INDArray y = Reshape.flatten().forward(new INDArray[] {x}, false);
    assertArrayEquals(new long[] {1, 12}, y.shape());
    // x[0, h, w, c] = 6h + 2w + c lands at index 6h + 2w + c.
    assertArrayEquals(Nd4j.arange(12).castTo(DataType.DOUBLE).data().asDouble(),
        y.dup('c').data().asDouble());
  }

  @Test
  void flattenAndReshapeGradientsMatchFiniteDifferences() {
    GradientCheck.checkOp(Reshape.flatten(), GradientCheck.uniform(1, -1, 1, 2, 3, 2, 2), 2);
    GradientCheck.checkOp(Reshape.to(4, 3, 1), GradientCheck.uniform(1, -1, 1, 2, 12), 2);
  }

  @Test
  void reshapeRejectsASampleOfTheWrongSize() {
    assertThrows(IllegalArgumentException.class, () -> Reshape.to(5, 5, 1)
        .forward(new INDArray[] {GradientCheck.uniform(1, 0, 1, 2, 24)}, false));
  }

  @Test
  void addSumsAnyNumberOfInputs() {
    INDArray a = GradientCheck.uniform(1, -1, 1, 2, 3, 3, 2);
    INDArray b = GradientCheck.uniform(2, -1, 1, 2, 3, 3, 2);
    INDArray c = GradientCheck.uniform(3, -1, 1, 2, 3, 3, 2);
    INDArray y = new Add().forward(new INDArray[] {a, b, c}, false);
    assertArrayEquals(a.add(b).add(c).data().asDouble(), y.dup('c').data().asDouble(), 1e-15);
    GradientCheck.checkOp(new Add(), new INDArray[] {a, b, c}, 4, true, () -> {});
  }

  @Test
  void multiplyTakesTheProductOfAnyNumberOfInputs() {
    INDArray a = GradientCheck.uniform(1, -1, 1, 2, 3, 2);
    INDArray b = GradientCheck.uniform(2, -1, 1, 2, 3, 2);
    INDArray c = GradientCheck.uniform(3, -1, 1, 2, 3, 2);
    INDArray y = new Multiply().forward(new INDArray[] {a, b, c}, false);
    assertArrayEquals(a.mul(b).mul(c).data().asDouble(), y.dup('c').data().asDouble(), 1e-15);
    GradientCheck.checkOp(new Multiply(), new INDArray[] {a, b}, 4, true, () -> {});
    GradientCheck.checkOp(new Multiply(), new INDArray[] {a, b, c}, 4, true, () -> {});
  }

  @Test
  void multiplyGivesEachInputTheProductOfTheOthersEvenAtZero() {
    INDArray a = Nd4j.createFromArray(new double[][] {{0, 2}});
    INDArray b = Nd4j.createFromArray(new double[][] {{3, 0}});
    INDArray c = Nd4j.createFromArray(new double[][] {{5, 7}});
    Multiply multiply = new Multiply();
    multiply.forward(new INDArray[] {a, b, c}, true);
    INDArray[] grads = multiply.backward(Nd4j.ones(DataType.DOUBLE, 1, 2));
    assertArrayEquals(new double[] {15, 0}, grads[0].toDoubleVector());
    assertArrayEquals(new double[] {0, 14}, grads[1].toDoubleVector());
    assertArrayEquals(new double[] {0, 0}, grads[2].toDoubleVector());
  }

  @Test
  void addRejectsDifferentShapes() {
    assertThrows(IllegalArgumentException.class, () -> new Add().forward(new INDArray[] {
        Nd4j.zeros(2, 3), Nd4j.zeros(2, 4)}, false));
  }

  @Test
  void concatenateJoinsChannelsByDefaultAndAnyOtherAxis() {
    INDArray a = GradientCheck.uniform(1, -1, 1, 2, 3, 4, 2);
    INDArray b = GradientCheck.uniform(2, -1, 1, 2, 3, 4, 3);
    INDArray y = new Concatenate(-1).forward(new INDArray[] {a, b}, false);
    assertArrayEquals(Nd4j.concat(3, a, b).data().asDouble(), y.dup('c').data().asDouble());
    GradientCheck.checkOp(new Concatenate(-1), new INDArray[] {a, b}, 3, true, () -> {});
    INDArray c = GradientCheck.uniform(3, -1, 1, 2, 2, 4, 2);
    INDArray rows = new Concatenate(0).forward(new INDArray[] {a, c, a.dup()}, false);
    assertArrayEquals(new long[] {2, 8, 4, 2}, rows.shape());
    GradientCheck.checkOp(new Concatenate(0), new INDArray[] {a, c, a.dup()}, 3, true, () -> {});
  }

  @Test
  void concatenateRejectsMismatchedAxes() {
    assertThrows(IllegalArgumentException.class, () -> new Concatenate(-1).forward(
        new INDArray[] {Nd4j.zeros(2, 3, 3, 1), Nd4j.zeros(2, 4, 3, 1)}, false));
    assertThrows(IllegalArgumentException.class, () -> new Concatenate(3).forward(
        new INDArray[] {Nd4j.zeros(2, 3, 3, 1), Nd4j.zeros(2, 3, 3, 1)}, false));
  }
}
