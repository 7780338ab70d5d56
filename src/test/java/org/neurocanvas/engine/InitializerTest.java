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

  private static void assertWithin(INDArray values, double limit) {
    double max = values.amaxNumber().doubleValue();
    assertTrue(max <= limit, "max |w| " + max + " exceeds " + limit);
    assertTrue(max > 0.9 * limit, "max |w| " + max + " far below " + limit);
  }
}
