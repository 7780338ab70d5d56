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
import org.nd4j.linalg.factory.Nd4j;

class Conv2DTest {

  @ParameterizedTest(name = "kernel {0}, stride {1}, dilation {2}, {3}")
  @CsvSource({"3, 1, 1, VALID", "3, 2, 1, SAME", "2, 1, 2, VALID", "3, 2, 1, VALID", "1, 1, 1, SAME"})
  void gradientsMatchFiniteDifferences(int kernel, int stride, int dilation, Padding padding) {
    Conv2D conv = conv(kernel, stride, dilation, padding);
    GradientCheck.checkOp(conv, GradientCheck.uniform(3, -1, 1, 2, 6, 5, 2), 4);
  }

  @ParameterizedTest(name = "kernel {0}, stride {1}, dilation {2}, {3}")
  @CsvSource({"3, 1, 1, VALID", "3, 2, 1, SAME", "2, 1, 2, VALID", "2, 2, 1, SAME"})
  void forwardMatchesADirectSumInNhwcWithKerasWeights(int kernel, int stride, int dilation,
      Padding padding) {
    Conv2D conv = conv(kernel, stride, dilation, padding);
    INDArray x = GradientCheck.uniform(3, -1, 1, 2, 6, 5, 2);
    INDArray y = conv.forward(new INDArray[] {x}, false);
    INDArray expected = reference(x, conv.weights().value(), conv.bias().value(), stride, dilation,
        padding);
    assertArrayEquals(expected.shape(), y.shape());
    assertArrayEquals(expected.data().asDouble(), y.dup('c').data().asDouble(), 1e-12);
  }

  @Test
  void parametersAreNamedAndShapedAsInKeras() {
    Conv2D conv = new Conv2D("conv2d_1", 3, 32, 3, 1, 1, Padding.VALID, DataType.FLOAT,
        Initializer.GLOROT_UNIFORM, 1);
    assertEquals("conv2d_1/W", conv.weights().name());
    assertArrayEquals(new long[] {3, 3, 3, 32}, conv.weights().value().shape());
    assertArrayEquals(new long[] {32}, conv.bias().value().shape());
    assertEquals(896, conv.parameters().stream().mapToLong(Parameter::size).sum());
  }

  @Test
  void wrongChannelsAreExplained() {
    Conv2D conv = conv(3, 1, 1, Padding.VALID);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> conv.forward(new INDArray[] {GradientCheck.uniform(1, 0, 1, 1, 5, 5, 3)}, false));
    assertTrue(e.getMessage().contains("conv") && e.getMessage().contains("[1, 5, 5, 3]"),
        e.getMessage());
  }

  @ParameterizedTest(name = "kernel {0}, stride {1}, dilation {2}, {3}, {4} images of {5}x{5}")
  @CsvSource({"3, 1, 1, VALID, 2, 6", "3, 2, 1, SAME, 2, 6", "2, 1, 2, VALID, 2, 6",
      "3, 2, 1, VALID, 2, 7", "2, 2, 1, SAME, 2, 7", "1, 1, 1, SAME, 2, 5",
      // 40 images of 32x32: the windows are laid out in two blocks
      "3, 1, 1, VALID, 40, 32"})
  void parameterGradientsAloneEqualThoseOfTheFullBackward(int kernel, int stride, int dilation,
      Padding padding, int batch, int size) {
    Conv2D full = conv(kernel, stride, dilation, padding);
    Conv2D alone = conv(kernel, stride, dilation, padding);
    INDArray x = GradientCheck.uniform(3, -1, 1, batch, size, size, 2);
    INDArray y = full.forward(new INDArray[] {x}, true);
    alone.forward(new INDArray[] {x}, true);
    INDArray gradOut = GradientCheck.uniform(4, -1, 1, y.shape());
    full.backward(gradOut, true);
    INDArray[] none = alone.backward(gradOut, false);
    assertEquals(null, none[0]);
    assertArrayEquals(full.weights().grad().data().asDouble(),
        alone.weights().grad().data().asDouble(), 1e-10);
    assertArrayEquals(full.bias().grad().data().asDouble(), alone.bias().grad().data().asDouble(),
        1e-10);
  }

  private static Conv2D conv(int kernel, int stride, int dilation, Padding padding) {
    Conv2D conv = new Conv2D("conv", 2, 3, kernel, stride, dilation, padding, DataType.DOUBLE,
        Initializer.GLOROT_UNIFORM, 7);
    conv.bias().value().assign(GradientCheck.uniform(8, -0.5, 0.5, 3));
    return conv;
  }

  /** y[n,i,j,f] = b[f] + Σ x[n, i s + u d - top, j s + v d - left, c] W[u,v,c,f], zeros outside. */
  private static INDArray reference(INDArray x, INDArray w, INDArray b, int stride, int dilation,
      Padding padding) {
    int batch = (int) x.size(0);
    int height = (int) x.size(1);
    int width = (int) x.size(2);
    int k = (int) w.size(0);
    int channels = (int) w.size(2);
    int filters = (int) w.size(3);
    int outH = padding.outputLength(height, k, stride, dilation);
    int outW = padding.outputLength(width, k, stride, dilation);
    int span = dilation * (k - 1) + 1;
    // TensorFlow's 'same': the total padding is split with the extra row at the bottom.
    int top = padding == Padding.SAME ? Math.max((outH - 1) * stride + span - height, 0) / 2 : 0;
    int left = padding == Padding.SAME ? Math.max((outW - 1) * stride + span - width, 0) / 2 : 0;
    double[][][][] out = new double[batch][outH][outW][filters];
    for (int n = 0; n < batch; n++) {
      for (int i = 0; i < outH; i++) {
        for (int j = 0; j < outW; j++) {
          for (int f = 0; f < filters; f++) {
            double sum = b.getDouble(f);
            for (int u = 0; u < k; u++) {
              for (int v = 0; v < k; v++) {
                int r = i * stride + u * dilation - top;
                int c = j * stride + v * dilation - left;
                if (r < 0 || r >= height || c < 0 || c >= width) {
                  continue;
                }
                for (int ch = 0; ch < channels; ch++) {
                  sum += x.getDouble(n, r, c, ch) * w.getDouble(u, v, ch, f);
                }
              }
            }
            out[n][i][j][f] = sum;
          }
        }
      }
    }
    return Nd4j.create(out);
  }
}
