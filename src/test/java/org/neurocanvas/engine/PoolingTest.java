package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class PoolingTest {

  @ParameterizedTest(name = "{0} pool {1}, stride {2}, {3}")
  @CsvSource({"MAX, 2, 2, VALID", "MAX, 3, 2, SAME", "MAX, 2, 1, VALID", "MAX, 2, 2, SAME",
      "MAX, 3, 3, SAME", "AVERAGE, 2, 2, VALID",
      "AVERAGE, 3, 2, SAME", "AVERAGE, 2, 1, SAME"})
  void gradientsMatchFiniteDifferences(Pool2D.Kind kind, int pool, int stride, Padding padding) {
    GradientCheck.checkOp(new Pool2D(kind, pool, stride, padding),
        GradientCheck.uniform(5, -1, 1, 2, 5, 6, 3), 6);
  }

  @Test
  void maxPoolKeepsEachWindowsLargestValuePerChannel() {
    // One 4x4 image, 2 channels: channel 0 counts 0..15, channel 1 is its negative.
    double[] values = new double[32];
    for (int i = 0; i < 16; i++) {
      values[2 * i] = i;
      values[2 * i + 1] = -i;
    }
    INDArray x = Nd4j.create(values, new long[] {1, 4, 4, 2}, DataType.DOUBLE);
    INDArray y = new Pool2D(Pool2D.Kind.MAX, 2, 2, Padding.VALID).forward(new INDArray[] {x}, false);
    assertArrayEquals(new long[] {1, 2, 2, 2}, y.shape());
    assertArrayEquals(new double[] {5, 0, 7, -2, 13, -8, 15, -10}, y.dup('c').data().asDouble());
  }

  @Test
  void averagePoolWithSamePaddingCountsOnlyValuesInsideTheImage() {
    INDArray ones = Nd4j.ones(DataType.DOUBLE, 1, 3, 3, 1);
    INDArray y = new Pool2D(Pool2D.Kind.AVERAGE, 2, 2, Padding.SAME)
        .forward(new INDArray[] {ones}, false);
    assertArrayEquals(new long[] {1, 2, 2, 1}, y.shape());
    assertArrayEquals(new double[] {1, 1, 1, 1}, y.dup('c').data().asDouble(), 1e-15);
  }

  @Test
  void globalAveragePoolAveragesEachChannel() {
    INDArray x = GradientCheck.uniform(2, -1, 1, 2, 3, 4, 5);
    INDArray y = new GlobalAveragePool().forward(new INDArray[] {x}, false);
    assertArrayEquals(x.mean(1, 2).data().asDouble(), y.dup('c').data().asDouble(), 1e-12);
    GradientCheck.checkOp(new GlobalAveragePool(), x, 3);
  }

  @Test
  void globalAveragePoolAveragesEachFeatureOfASequence() {
    INDArray x = GradientCheck.uniform(2, -1, 1, 2, 5, 3);
    INDArray y = new GlobalAveragePool().forward(new INDArray[] {x}, false);
    assertArrayEquals(x.mean(1).data().asDouble(), y.dup('c').data().asDouble(), 1e-12);
    GradientCheck.checkOp(new GlobalAveragePool(), x, 3);
  }

  @Test
  void globalMaxPoolKeepsEachChannelsLargestValueOfImagesAndSequences() {
    INDArray images = GradientCheck.uniform(2, -1, 1, 2, 3, 4, 5);
    INDArray y = new GlobalMaxPool().forward(new INDArray[] {images}, false);
    assertArrayEquals(new long[] {2, 5}, y.shape());
    assertArrayEquals(images.max(1, 2).data().asDouble(), y.dup('c').data().asDouble(), 0);
    INDArray sequences = GradientCheck.uniform(3, -1, 1, 2, 6, 3);
    INDArray z = new GlobalMaxPool().forward(new INDArray[] {sequences}, false);
    assertArrayEquals(sequences.max(1).data().asDouble(), z.dup('c').data().asDouble(), 0);
  }

  @Test
  void globalMaxPoolGradientsMatchFiniteDifferences() {
    GradientCheck.checkOp(new GlobalMaxPool(), GradientCheck.uniform(2, -1, 1, 2, 3, 4, 5), 3);
    GradientCheck.checkOp(new GlobalMaxPool(), GradientCheck.uniform(4, -1, 1, 2, 6, 3), 5);
  }

  @Test
  void globalAverageInJavaAndInLibnd4jAgreeAroundTheSizeLimit() {
    // 16 x 64 steps x 64 features = 65,536 elements average in Java, 17 samples in libnd4j.
    assertTrue(16 * 64 * 64 <= HostKernels.ADD_LIMIT && 17 * 64 * 64 > HostKernels.ADD_LIMIT);
    INDArray x17 = GradientCheck.uniform(1, -1, 1, 17, 64, 64);
    INDArray g17 = GradientCheck.uniform(2, -1, 1, 17, 64);
    INDArray x16 = x17.get(NDArrayIndex.interval(0, 16), NDArrayIndex.all(), NDArrayIndex.all())
        .dup();
    INDArray g16 = g17.get(NDArrayIndex.interval(0, 16), NDArrayIndex.all()).dup();
    GlobalAveragePool inJava = new GlobalAveragePool();
    GlobalAveragePool inNative = new GlobalAveragePool();
    INDArray y16 = inJava.forward(new INDArray[] {x16}, true);
    INDArray y17 = inNative.forward(new INDArray[] {x17}, true);
    assertArrayEquals(y17.get(NDArrayIndex.interval(0, 16), NDArrayIndex.all()).dup().data()
        .asDouble(), y16.dup().data().asDouble(), 1e-12);
    INDArray dx16 = inJava.backward(g16)[0];
    INDArray dx17 = inNative.backward(g17)[0];
    assertArrayEquals(dx17.get(NDArrayIndex.interval(0, 16), NDArrayIndex.all(),
        NDArrayIndex.all()).dup().data().asDouble(), dx16.dup().data().asDouble(), 1e-12);
  }

  @Test
  void globalPoolingExplainsAWrongRank() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new GlobalMaxPool().forward(new INDArray[] {Nd4j.zeros(2, 3)}, false));
    assertTrue(e.getMessage().contains("GlobalMaxPool") && e.getMessage().contains("[2, 3]"),
        e.getMessage());
  }
}
