package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class InitializerTest {
  private static final long[] SHAPE = {20, 30};

  @Test
  void sameSeedGivesSameWeightsWhateverTheGlobalRandomGeneratorDid() {
    INDArray first = Initializer.GLOROT_UNIFORM.create(SHAPE, 20, 30, DataType.FLOAT, 7);
    Nd4j.getRandom().setSeed(12345);
    Nd4j.rand(DataType.FLOAT, 10, 10);
    INDArray second = Initializer.GLOROT_UNIFORM.create(SHAPE, 20, 30, DataType.FLOAT, 7);
    assertArrayEquals(first.data().asFloat(), second.data().asFloat());
    INDArray other = Initializer.GLOROT_UNIFORM.create(SHAPE, 20, 30, DataType.FLOAT, 8);
    assertFalse(Arrays.equals(first.data().asFloat(), other.data().asFloat()));
  }

  @Test
  void drawsStayWithinTheirLimits() {
    assertWithin(Initializer.GLOROT_UNIFORM.create(SHAPE, 20, 30, DataType.DOUBLE, 1),
        Math.sqrt(6.0 / 50));
    assertWithin(Initializer.HE_UNIFORM.create(SHAPE, 20, 30, DataType.DOUBLE, 1),
        Math.sqrt(6.0 / 20));
  }

  @Test
  void zerosAreZerosOfTheRequestedType() {
    INDArray zeros = Initializer.ZEROS.create(SHAPE, 20, 30, DataType.FLOAT, 1);
    assertEquals(DataType.FLOAT, zeros.dataType());
    assertArrayEquals(SHAPE, zeros.shape());
    assertEquals(0.0, zeros.amaxNumber().doubleValue());
  }

  @Test
  void normalDrawsHaveTheIntendedSpreadAndStayWithinTwoDeviations() {
    long[] shape = {200, 300};
    assertSpread(Initializer.GLOROT_NORMAL.create(shape, 200, 300, DataType.DOUBLE, 1), 2.0 / 500);
    assertSpread(Initializer.HE_NORMAL.create(shape, 200, 300, DataType.DOUBLE, 1), 2.0 / 200);
    assertSpread(Initializer.LECUN_NORMAL.create(shape, 200, 300, DataType.DOUBLE, 1), 1.0 / 200);
    assertWithin(Initializer.LECUN_UNIFORM.create(SHAPE, 20, 30, DataType.DOUBLE, 1),
        Math.sqrt(3.0 / 20));
  }

  @Test
  void orthogonalMatricesHaveOrthonormalRowsOrColumns() {
    INDArray tall = Initializer.ORTHOGONAL.create(new long[] {30, 20}, 30, 20, DataType.DOUBLE, 3);
    assertTrue(tall.transpose().mmul(tall).equalsWithEps(Nd4j.eye(20).castTo(DataType.DOUBLE), 1e-12));
    INDArray wide = Initializer.ORTHOGONAL.create(new long[] {20, 30}, 20, 30, DataType.DOUBLE, 3);
    assertTrue(wide.mmul(wide.transpose()).equalsWithEps(Nd4j.eye(20).castTo(DataType.DOUBLE), 1e-12));
    INDArray kernel = Initializer.ORTHOGONAL.create(new long[] {3, 3, 2, 4}, 18, 36,
        DataType.DOUBLE, 3).reshape(18, 4);
    assertTrue(kernel.transpose().mmul(kernel).equalsWithEps(Nd4j.eye(4).castTo(DataType.DOUBLE), 1e-12));
  }

  @Test
  void constantFillsEveryElement() {
    INDArray ones = Initializer.constant(0.1).create(SHAPE, 20, 30, DataType.FLOAT, 1);
    assertEquals(0.1f, ones.minNumber().floatValue());
    assertEquals(0.1f, ones.maxNumber().floatValue());
  }

  private static void assertSpread(INDArray values, double variance) {
    double measured = values.varNumber().doubleValue();
    assertTrue(Math.abs(measured / variance - 1) < 0.05, "variance " + measured + " vs " + variance);
    double std = Math.sqrt(variance) / 0.87962566103423978;
    assertTrue(values.amaxNumber().doubleValue() <= 2 * std, "a draw beyond two deviations");
  }

  private static void assertWithin(INDArray values, double limit) {
    double max = values.amaxNumber().doubleValue();
    assertTrue(max <= limit, "max |w| " + max + " exceeds " + limit);
    assertTrue(max > 0.9 * limit, "max |w| " + max + " far below " + limit);
  }
}
