package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class PositionalEncodingTest {

  @Test
  void sinusoidalAddsVaswanisSinesAndCosines() {
    INDArray zeros = Nd4j.zeros(DataType.DOUBLE, 2, 3, 4);
    INDArray y = PositionalEncoding.sinusoidal(5, 4).forward(new INDArray[] {zeros}, false);
    for (int s = 0; s < 3; s++) {
      double[] expected = {Math.sin(s), Math.cos(s), Math.sin(s / 100.0), Math.cos(s / 100.0)};
      assertArrayEquals(expected, y.slice(1).slice(s).toDoubleVector(), 1e-12, "step " + s);
    }
  }

  @Test
  void sinusoidalHasNoParametersAndPassesGradientsThrough() {
    PositionalEncoding encoding = PositionalEncoding.sinusoidal(6, 4);
    assertEquals(List.of(), encoding.parameters());
    GradientCheck.checkOp(encoding, GradientCheck.uniform(1, -1, 1, 2, 5, 4), 2);
  }

  @Test
  void learnedTableGradientMatchesFiniteDifferencesOnAShorterSequence() {
    PositionalEncoding encoding = PositionalEncoding.learned("pos", 6, 4, DataType.DOUBLE, 3);
    GradientCheck.checkOp(encoding, GradientCheck.uniform(1, -1, 1, 2, 4, 4), 2);
    // Steps past the sequence get no gradient.
    assertEquals(0.0, encoding.parameters().get(0).grad().getRow(5).amaxNumber().doubleValue());
  }

  @Test
  void learnedAddsItsTableRowToEachStep() {
    PositionalEncoding encoding = PositionalEncoding.learned("pos", 6, 4, DataType.DOUBLE, 3);
    Parameter table = encoding.parameters().get(0);
    assertEquals("pos/embeddings", table.name());
    assertArrayEquals(new long[] {6, 4}, table.value().shape());
    INDArray x = GradientCheck.uniform(1, -1, 1, 2, 3, 4);
    INDArray y = encoding.forward(new INDArray[] {x}, false);
    assertArrayEquals(x.slice(1).slice(2).add(table.value().getRow(2)).toDoubleVector(),
        y.slice(1).slice(2).toDoubleVector(), 1e-15);
  }

  @Test
  void javaAndNativeAdditionsAgreeAroundTheSizeLimit() {
    // 16 samples x 64 steps x 64 = 65,536 elements add in Java, 17 samples in libnd4j: a sum of
    // two floats rounded once either way, so the results are identical.
    assertTrue(16 * 64 * 64 <= HostKernels.ADD_LIMIT && 17 * 64 * 64 > HostKernels.ADD_LIMIT);
    for (DataType type : List.of(DataType.FLOAT, DataType.DOUBLE)) {
      INDArray x17 = GradientCheck.uniform(1, -1, 1, 17, 64, 64).castTo(type);
      INDArray x16 = x17.get(NDArrayIndex.interval(0, 16), NDArrayIndex.all(), NDArrayIndex.all())
          .dup();
      for (PositionalEncoding encoding : List.of(PositionalEncoding.sinusoidal(80, 64),
          PositionalEncoding.learned("pos", 80, 64, type, 3))) {
        INDArray y16 = encoding.forward(new INDArray[] {x16}, false).dup();
        INDArray y17 = encoding.forward(new INDArray[] {x17}, false);
        assertArrayEquals(y17.get(NDArrayIndex.interval(0, 16), NDArrayIndex.all(),
            NDArrayIndex.all()).dup().castTo(DataType.DOUBLE).data().asDouble(),
            y16.castTo(DataType.DOUBLE).data().asDouble(), 0, encoding + " " + type);
      }
    }
  }

  @Test
  void aSequenceLongerThanTheTableIsExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PositionalEncoding.sinusoidal(3, 4)
            .forward(new INDArray[] {Nd4j.zeros(DataType.FLOAT, 1, 5, 4)}, false));
    assertTrue(e.getMessage().contains("at most 3 steps") && e.getMessage().contains("[1, 5, 4]"),
        e.getMessage());
  }
}
