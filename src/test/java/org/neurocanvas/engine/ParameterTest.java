package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class ParameterTest {

  @Test
  void gradientStartsAtZeroWithTheValuesShapeAndType() {
    Parameter p = new Parameter("dense_1/W", Nd4j.ones(DataType.FLOAT, 2, 3));
    assertArrayEquals(new long[] {2, 3}, p.grad().shape());
    assertEquals(DataType.FLOAT, p.grad().dataType());
    assertEquals(0.0, p.grad().sumNumber().doubleValue());
    assertEquals(6, p.size());
  }

  @Test
  void accumulateGradAddsAndZeroGradResets() {
    Parameter p = new Parameter("b", Nd4j.zeros(DataType.DOUBLE, 3));
    p.accumulateGrad(Nd4j.createFromArray(1.0, 2.0, 3.0));
    p.accumulateGrad(Nd4j.createFromArray(1.0, 2.0, 3.0));
    assertArrayEquals(new double[] {2, 4, 6}, p.grad().toDoubleVector());
    p.zeroGrad();
    assertArrayEquals(new double[] {0, 0, 0}, p.grad().toDoubleVector());
  }

  @Test
  void zeroGradClearsAFloatMatrix() {
    Parameter p = new Parameter("W", Nd4j.zeros(DataType.FLOAT, 2, 3));
    p.accumulateGrad(Nd4j.ones(DataType.FLOAT, 2, 3));
    p.zeroGrad();
    assertEquals(0.0, p.grad().amaxNumber().doubleValue());
  }

  @Test
  void accumulateGradWithWrongShapeNamesTheParameterAndBothShapes() {
    Parameter p = new Parameter("dense_1/W", Nd4j.zeros(DataType.FLOAT, 2, 4));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> p.accumulateGrad(Nd4j.zeros(DataType.FLOAT, 3, 4)));
    assertTrue(e.getMessage().contains("dense_1/W"), e.getMessage());
    assertTrue(e.getMessage().contains("[3, 4]"), e.getMessage());
    assertTrue(e.getMessage().contains("[2, 4]"), e.getMessage());
  }

  @Test
  void rejectsABlankName() {
    assertThrows(IllegalArgumentException.class,
        () -> new Parameter(" ", Nd4j.zeros(DataType.FLOAT, 1)));
  }
}
