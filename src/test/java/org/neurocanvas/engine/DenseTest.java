package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

class DenseTest {

  @Test
  void gradientsWithRespectToInputWeightsAndBiasMatchFiniteDifferences() {
    Dense dense = new Dense("dense_1", 3, 4, DataType.DOUBLE, Initializer.GLOROT_UNIFORM, 1);
    dense.bias().value().assign(GradientCheck.uniform(2, -1, 1, 4));
    GradientCheck.checkOp(dense, GradientCheck.uniform(3, -2, 2, 5, 3), 4);
  }

  @Test
  void forwardIsXTimesWPlusB() {
    Dense dense = new Dense("d", 3, 2, DataType.FLOAT, Initializer.HE_UNIFORM, 1);
    dense.bias().value().assign(GradientCheck.uniform(2, -1, 1, 2));
    INDArray x = GradientCheck.uniform(3, -1, 1, 4, 3).castTo(DataType.FLOAT);
    INDArray y = dense.forward(new INDArray[] {x}, false);
    INDArray expected = x.mmul(dense.weights().value()).addRowVector(dense.bias().value());
    assertArrayEquals(expected.data().asFloat(), y.dup('c').data().asFloat(), 1e-6f);
  }

  @Test
  void onASequenceGradientsMatchFiniteDifferences() {
    Dense dense = new Dense("dense_1", 3, 4, DataType.DOUBLE, Initializer.GLOROT_UNIFORM, 1);
    dense.bias().value().assign(GradientCheck.uniform(2, -1, 1, 4));
    GradientCheck.checkOp(dense, GradientCheck.uniform(3, -2, 2, 2, 5, 3), 4);
  }

  @Test
  void onASequenceActsOnTheLastAxisOfEveryStep() {
    Dense dense = new Dense("d", 3, 2, DataType.DOUBLE, Initializer.HE_UNIFORM, 1);
    dense.bias().value().assign(GradientCheck.uniform(2, -1, 1, 2));
    INDArray x = GradientCheck.uniform(3, -1, 1, 2, 4, 3);
    INDArray y = dense.forward(new INDArray[] {x}, false);
    assertArrayEquals(new long[] {2, 4, 2}, y.shape());
    for (int n = 0; n < 2; n++) {
      for (int t = 0; t < 4; t++) {
        INDArray step = x.slice(n).slice(t).reshape(1, 3);
        INDArray expected = step.mmul(dense.weights().value()).addRowVector(dense.bias().value());
        assertArrayEquals(expected.toDoubleVector(), y.slice(n).slice(t).toDoubleVector(), 1e-12);
      }
    }
  }

  @Test
  void parametersAreNamedAndBiasStartsAtZero() {
    Dense dense = new Dense("dense_1", 3, 4, DataType.FLOAT, Initializer.GLOROT_UNIFORM, 1);
    List<Parameter> params = dense.parameters();
    assertEquals(List.of("dense_1/W", "dense_1/b"), params.stream().map(Parameter::name).toList());
    assertArrayEquals(new long[] {3, 4}, params.get(0).value().shape());
    assertEquals(0.0, params.get(1).value().amaxNumber().doubleValue());
  }

  @Test
  void backwardAddsIntoParameterGradients() {
    Dense dense = new Dense("d", 2, 3, DataType.DOUBLE, Initializer.GLOROT_UNIFORM, 1);
    INDArray x = GradientCheck.uniform(1, -1, 1, 4, 2);
    INDArray gradOut = GradientCheck.uniform(2, -1, 1, 4, 3);
    dense.forward(new INDArray[] {x}, true);
    dense.backward(gradOut);
    INDArray once = dense.weights().grad().dup();
    INDArray onceBias = dense.bias().grad().dup();
    dense.backward(gradOut);
    assertArrayEquals(once.mul(2).toDoubleMatrix(), dense.weights().grad().toDoubleMatrix());
    assertArrayEquals(onceBias.mul(2).toDoubleVector(), dense.bias().grad().toDoubleVector());
  }

  @Test
  void castsInputToTheLayersType() {
    Dense dense = new Dense("d", 2, 3, DataType.FLOAT, Initializer.GLOROT_UNIFORM, 1);
    INDArray y = dense.forward(new INDArray[] {GradientCheck.uniform(1, -1, 1, 4, 2)}, false);
    assertEquals(DataType.FLOAT, y.dataType());
  }

  @Test
  void wrongInputWidthIsExplained() {
    Dense dense = new Dense("dense_1", 2, 3, DataType.FLOAT, Initializer.GLOROT_UNIFORM, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> dense.forward(new INDArray[] {GradientCheck.uniform(1, 0, 1, 4, 5)}, false));
    assertTrue(e.getMessage().contains("dense_1") && e.getMessage().contains("[4, 5]"),
        e.getMessage());
  }

  @Test
  void javaLoopsAndNativeKernelsAgree() {
    // 8 rows x 40 x 50 = 16,000 multiply-adds run in Java, 9 rows = 18,000 in libnd4j: the ninth
    // row (zero output gradient) changes neither the first rows nor the parameter gradients.
    assertTrue(8 * 40 * 50 <= HostKernels.WORK_LIMIT && 9 * 40 * 50 > HostKernels.WORK_LIMIT);
    INDArray x9 = GradientCheck.uniform(1, -1, 1, 9, 40);
    INDArray gradOut9 = GradientCheck.uniform(2, -1, 1, 9, 50);
    gradOut9.getRow(8).assign(0);
    INDArray x8 = x9.get(NDArrayIndex.interval(0, 8), NDArrayIndex.all()).dup();
    INDArray gradOut8 = gradOut9.get(NDArrayIndex.interval(0, 8), NDArrayIndex.all()).dup();
    Dense inJava = new Dense("d", 40, 50, DataType.DOUBLE, Initializer.GLOROT_UNIFORM, 3);
    Dense inNative = new Dense("d", 40, 50, DataType.DOUBLE, Initializer.GLOROT_UNIFORM, 3);
    inJava.bias().value().assign(GradientCheck.uniform(4, -1, 1, 50));
    inNative.bias().value().assign(inJava.bias().value());

    INDArray y8 = inJava.forward(new INDArray[] {x8}, true).dup();
    INDArray y9 = inNative.forward(new INDArray[] {x9}, true);
    INDArray dx8 = inJava.backward(gradOut8)[0];
    INDArray dx9 = inNative.backward(gradOut9)[0];

    assertArrayEquals(y9.get(NDArrayIndex.interval(0, 8), NDArrayIndex.all()).dup().data()
        .asDouble(), y8.data().asDouble(), 1e-12);
    assertArrayEquals(dx9.get(NDArrayIndex.interval(0, 8), NDArrayIndex.all()).dup().data()
        .asDouble(), dx8.data().asDouble(), 1e-12);
    assertArrayEquals(inNative.weights().grad().data().asDouble(),
        inJava.weights().grad().data().asDouble(), 1e-12);
    assertArrayEquals(inNative.bias().grad().data().asDouble(),
        inJava.bias().grad().data().asDouble(), 1e-12);
  }

  @Test
  void readsAnInputViewFromItsOffset() {
    Dense dense = new Dense("d", 3, 2, DataType.FLOAT, Initializer.HE_UNIFORM, 1);
    dense.bias().value().assign(GradientCheck.uniform(2, -1, 1, 2));
    INDArray all = GradientCheck.uniform(3, -1, 1, 6, 3).castTo(DataType.FLOAT);
    INDArray rows = all.get(NDArrayIndex.interval(2, 5), NDArrayIndex.all());
    INDArray y = dense.forward(new INDArray[] {rows}, false);
    INDArray expected = rows.dup().mmul(dense.weights().value()).addRowVector(dense.bias().value());
    assertArrayEquals(expected.data().asFloat(), y.dup('c').data().asFloat(), 1e-6f);
  }
}
