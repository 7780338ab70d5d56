package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class BidirectionalTest {

  @ParameterizedTest(name = "sequences {0}")
  @ValueSource(booleans = {false, true})
  void gradientsMatchFiniteDifferences(boolean sequences) {
    Bidirectional bi = new Bidirectional(new Gru("bi/forward", 3, 2, sequences, DataType.DOUBLE, 1),
        new SimpleRnn("bi/backward", 3, 3, sequences, DataType.DOUBLE, 2));
    GradientCheck.checkOp(bi, GradientCheck.uniform(1, -1, 1, 2, 4, 3), 2);
  }

  @Test
  void lstmsGradientsMatchFiniteDifferences() {
    Bidirectional bi = new Bidirectional(new Lstm("f", 3, 2, true, DataType.DOUBLE, 1),
        new Lstm("b", 3, 2, true, DataType.DOUBLE, 2));
    GradientCheck.checkOp(bi, GradientCheck.uniform(1, -1, 1, 2, 4, 3), 2);
  }

  @Test
  void sequenceOutputJoinsTheForwardLayerAndTheBackwardLayerPutBackInTime() {
    Bidirectional bi = new Bidirectional(new Gru("f", 3, 2, true, DataType.DOUBLE, 1),
        new Gru("b", 3, 4, true, DataType.DOUBLE, 2));
    INDArray x = GradientCheck.uniform(1, -1, 1, 2, 5, 3);
    INDArray y = bi.forward(new INDArray[] {x}, false);
    assertArrayEquals(new long[] {2, 5, 6}, y.shape());
    INDArray forward = new Gru("f", 3, 2, true, DataType.DOUBLE, 1).forward(new INDArray[] {x},
        false);
    INDArray reversed = Nd4j.zeros(DataType.DOUBLE, 2, 5, 3);
    for (int t = 0; t < 5; t++) {
      for (int n = 0; n < 2; n++) {
        for (int f = 0; f < 3; f++) {
          reversed.putScalar(new int[] {n, t, f}, x.getDouble(n, 4 - t, f));
        }
      }
    }
    INDArray backward = new Gru("b", 3, 4, true, DataType.DOUBLE, 2)
        .forward(new INDArray[] {reversed}, false);
    for (int n = 0; n < 2; n++) {
      for (int t = 0; t < 5; t++) {
        for (int f = 0; f < 2; f++) {
          assertEquals(forward.getDouble(n, t, f), y.getDouble(n, t, f), 1e-15);
        }
        for (int f = 0; f < 4; f++) {
          assertEquals(backward.getDouble(n, 4 - t, f), y.getDouble(n, t, 2 + f), 1e-15);
        }
      }
    }
  }

  @Test
  void parametersAreTheForwardLayersThenTheBackwardLayers() {
    Bidirectional bi = new Bidirectional(new SimpleRnn("f", 3, 2, false, DataType.FLOAT, 1),
        new SimpleRnn("b", 3, 2, false, DataType.FLOAT, 2));
    assertEquals(List.of("f/W", "f/U", "f/b", "b/W", "b/U", "b/b"),
        bi.parameters().stream().map(Parameter::name).toList());
  }

  @Test
  void repeatedParameterNamesAndNonRecurrentLayersAreRefused() {
    IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
        () -> new Bidirectional(new SimpleRnn("r", 3, 2, false, DataType.FLOAT, 1),
            new SimpleRnn("r", 3, 2, false, DataType.FLOAT, 2)));
    assertTrue(same.getMessage().contains("r/W"), same.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Bidirectional(
        new Dense("d", 3, 2, DataType.FLOAT, Initializer.ZEROS, 1),
        new SimpleRnn("r", 3, 2, false, DataType.FLOAT, 2)));
  }
}
