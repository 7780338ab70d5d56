package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class Conv1DTest {

  @ParameterizedTest(name = "kernel {0}, stride {1}, dilation {2}, {3}")
  @CsvSource({"3, 1, 1, VALID", "3, 2, 1, SAME", "2, 1, 2, VALID", "2, 1, 2, SAME"})
  void gradientsMatchFiniteDifferences(int kernel, int stride, int dilation, Padding padding) {
    GradientCheck.checkOp(conv(kernel, stride, dilation, padding),
        GradientCheck.uniform(3, -1, 1, 2, 7, 2), 4);
  }

  @ParameterizedTest(name = "kernel {0}, stride {1}, dilation {2}, {3}")
  @CsvSource({"3, 1, 1, VALID", "3, 2, 1, SAME", "2, 1, 2, VALID", "4, 1, 1, SAME"})
  void forwardMatchesADirectSumWithKerasWeights(int kernel, int stride, int dilation,
      Padding padding) {
    Conv1D conv = conv(kernel, stride, dilation, padding);
    INDArray x = GradientCheck.uniform(3, -1, 1, 2, 7, 2);
    INDArray y = conv.forward(new INDArray[] {x}, false);
    INDArray w = conv.weights().value();
    int steps = 7;
    int out = padding.outputLength(steps, kernel, stride, dilation);
    assertArrayEquals(new long[] {2, out, 3}, y.shape());
    int span = dilation * (kernel - 1) + 1;
    // TensorFlow's 'same': the total padding is split with the extra step at the end.
    int before = padding == Padding.SAME ? Math.max((out - 1) * stride + span - steps, 0) / 2 : 0;
    for (int n = 0; n < 2; n++) {
      for (int i = 0; i < out; i++) {
        for (int f = 0; f < 3; f++) {
          double sum = conv.bias().value().getDouble(f);
          for (int u = 0; u < kernel; u++) {
            int s = i * stride + u * dilation - before;
            for (int c = 0; s >= 0 && s < steps && c < 2; c++) {
              sum += x.getDouble(n, s, c) * w.getDouble(u, c, f);
            }
          }
          assertEquals(sum, y.getDouble(n, i, f), 1e-12);
        }
      }
    }
  }

  @Test
  void parametersAreNamedAndShapedAsInKeras() {
    Conv1D conv = new Conv1D("conv1d_1", 4, 8, 3, 1, 1, Padding.VALID, DataType.FLOAT,
        Initializer.GLOROT_UNIFORM, 1);
    assertEquals("conv1d_1/W", conv.weights().name());
    assertEquals("conv1d_1/b", conv.bias().name());
    assertArrayEquals(new long[] {3, 4, 8}, conv.weights().value().shape());
    assertEquals(3 * 4 * 8 + 8, conv.parameters().stream().mapToLong(Parameter::size).sum());
  }

  @Test
  void wrongChannelsAreExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> conv(3, 1, 1, Padding.VALID)
            .forward(new INDArray[] {GradientCheck.uniform(1, 0, 1, 1, 5, 3)}, false));
    assertTrue(e.getMessage().contains("conv") && e.getMessage().contains("[1, 5, 3]"),
        e.getMessage());
  }

  private static Conv1D conv(int kernel, int stride, int dilation, Padding padding) {
    Conv1D conv = new Conv1D("conv", 2, 3, kernel, stride, dilation, padding, DataType.DOUBLE,
        Initializer.GLOROT_UNIFORM, 7);
    conv.bias().value().assign(GradientCheck.uniform(8, -0.5, 0.5, 3));
    return conv;
  }
}
