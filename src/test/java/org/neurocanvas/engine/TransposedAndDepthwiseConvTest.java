package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Conv2DTranspose and DepthwiseConv2D against direct sums, finite differences and Keras sizes. */
class TransposedAndDepthwiseConvTest {

  /** Square inputs and others take different kernels (see Conv2DTranspose#forward). */
  @ParameterizedTest(name = "kernel {0}, stride {1}, {2}, {3}x{4} input")
  @CsvSource({"3, 1, VALID, 3, 4", "3, 2, VALID, 3, 4", "3, 2, SAME, 3, 4", "2, 2, SAME, 3, 4",
      "4, 2, SAME, 3, 4", "1, 2, SAME, 3, 4", "3, 2, SAME, 3, 3", "3, 2, VALID, 4, 4",
      "1, 2, SAME, 3, 3", "4, 2, SAME, 3, 3"})
  void transposedGradientsMatchFiniteDifferences(int kernel, int stride, Padding padding,
      int height, int width) {
    GradientCheck.checkOp(transposed(kernel, stride, padding),
        GradientCheck.uniform(3, -1, 1, 2, height, width, 2), 4);
  }

  @ParameterizedTest(name = "kernel {0}, stride {1}, {2}, {3}x{4} input")
  @CsvSource({"3, 1, VALID, 3, 4", "3, 2, VALID, 3, 4", "3, 2, SAME, 3, 4", "2, 2, SAME, 3, 4",
      "4, 2, SAME, 3, 4", "1, 2, SAME, 3, 4", "3, 2, SAME, 3, 3", "3, 2, VALID, 4, 4",
      "1, 2, SAME, 3, 3", "4, 2, SAME, 3, 3"})
  void transposedScattersEachPixelTimesTheKernelAsKerasDoes(int kernel, int stride,
      Padding padding, int height, int width) {
    Conv2DTranspose conv = transposed(kernel, stride, padding);
    INDArray x = GradientCheck.uniform(3, -1, 1, 2, height, width, 2);
    INDArray y = conv.forward(new INDArray[] {x}, false);
    int outH = padding == Padding.SAME ? height * stride : (height - 1) * stride + kernel;
    int outW = padding == Padding.SAME ? width * stride : (width - 1) * stride + kernel;
    assertArrayEquals(new long[] {2, outH, outW, 3}, y.shape());
    // The full (valid) result cropped as TensorFlow crops 'same': the extra row at the bottom;
    // a kernel smaller than the stride leaves rows at the bottom that only get the bias.
    int top = Math.max(0, (height - 1) * stride + kernel - outH) / 2;
    int left = Math.max(0, (width - 1) * stride + kernel - outW) / 2;
    INDArray w = conv.weights().value();
    double[][][][] expected = new double[2][outH][outW][3];
    for (int n = 0; n < 2; n++) {
      for (int i = 0; i < height; i++) {
        for (int j = 0; j < width; j++) {
          for (int u = 0; u < kernel; u++) {
            for (int v = 0; v < kernel; v++) {
              int r = i * stride + u - top;
              int c = j * stride + v - left;
              for (int f = 0; r >= 0 && r < outH && c >= 0 && c < outW && f < 3; f++) {
                for (int ch = 0; ch < 2; ch++) {
                  expected[n][r][c][f] += x.getDouble(n, i, j, ch) * w.getDouble(u, v, f, ch);
                }
              }
            }
          }
        }
      }
    }
    for (int n = 0; n < 2; n++) {
      for (int r = 0; r < outH; r++) {
        for (int c = 0; c < outW; c++) {
          for (int f = 0; f < 3; f++) {
            assertEquals(expected[n][r][c][f] + conv.bias().value().getDouble(f),
                y.getDouble(n, r, c, f), 1e-12, "at " + n + ", " + r + ", " + c + ", " + f);
          }
        }
      }
    }
  }

  /** float32 runs oneDNN's kernels, float64 libnd4j's own: both must agree. */
  @ParameterizedTest(name = "kernel {0}, stride {1}, {2}, {3}x{4} input")
  @CsvSource({"3, 2, SAME, 7, 7", "3, 2, SAME, 5, 7", "3, 1, VALID, 6, 6", "4, 2, SAME, 6, 5"})
  void transposedInFloat32AgreesWithFloat64(int kernel, int stride, Padding padding, int height,
      int width) {
    Conv2DTranspose exact = new Conv2DTranspose("up", 8, 16, kernel, stride, padding,
        DataType.DOUBLE, Initializer.GLOROT_UNIFORM, 7);
    Conv2DTranspose fast = new Conv2DTranspose("up", 8, 16, kernel, stride, padding,
        DataType.FLOAT, Initializer.GLOROT_UNIFORM, 7);
    exact.weights().value().assign(fast.weights().value());
    exact.bias().value().assign(GradientCheck.uniform(5, -0.5, 0.5, 16));
    fast.bias().value().assign(exact.bias().value());
    INDArray x = GradientCheck.uniform(3, -1, 1, 4, height, width, 8);
    INDArray y = exact.forward(new INDArray[] {x}, true);
    assertEquals(0, y.sub(fast.forward(new INDArray[] {x.castTo(DataType.FLOAT)}, true)
        .castTo(DataType.DOUBLE)).amaxNumber().doubleValue(), 1e-5);
    INDArray g = GradientCheck.uniform(4, -1, 1, y.shape());
    INDArray dx = exact.backward(g)[0];
    INDArray dxFast = fast.backward(g.castTo(DataType.FLOAT))[0];
    assertEquals(0, dx.sub(dxFast.castTo(DataType.DOUBLE)).amaxNumber().doubleValue(), 1e-5);
    for (int p = 0; p < 2; p++) {
      INDArray expected = exact.parameters().get(p).grad();
      INDArray actual = fast.parameters().get(p).grad().castTo(DataType.DOUBLE);
      assertEquals(0, expected.sub(actual).amaxNumber().doubleValue(),
          1e-5 * expected.amaxNumber().doubleValue());
    }
  }

  @ParameterizedTest(name = "kernel {0}, stride {1}, {2}")
  @CsvSource({"3, 1, VALID", "3, 2, SAME", "2, 1, SAME"})
  void depthwiseGradientsMatchFiniteDifferences(int kernel, int stride, Padding padding) {
    GradientCheck.checkOp(depthwise(kernel, stride, padding),
        GradientCheck.uniform(3, -1, 1, 2, 5, 4, 2), 4);
  }

  @ParameterizedTest(name = "kernel {0}, stride {1}, {2}")
  @CsvSource({"3, 1, VALID", "3, 2, SAME", "2, 1, SAME"})
  void depthwiseConvolvesEachChannelOnItsOwn(int kernel, int stride, Padding padding) {
    DepthwiseConv2D conv = depthwise(kernel, stride, padding);
    INDArray x = GradientCheck.uniform(3, -1, 1, 2, 5, 4, 2);
    INDArray y = conv.forward(new INDArray[] {x}, false);
    int outH = padding.outputLength(5, kernel, stride, 1);
    int outW = padding.outputLength(4, kernel, stride, 1);
    assertArrayEquals(new long[] {2, outH, outW, 6}, y.shape());
    int top = padding == Padding.SAME ? Math.max((outH - 1) * stride + kernel - 5, 0) / 2 : 0;
    int left = padding == Padding.SAME ? Math.max((outW - 1) * stride + kernel - 4, 0) / 2 : 0;
    INDArray w = conv.weights().value();
    for (int n = 0; n < 2; n++) {
      for (int i = 0; i < outH; i++) {
        for (int j = 0; j < outW; j++) {
          for (int ch = 0; ch < 2; ch++) {
            for (int m = 0; m < 3; m++) {
              double sum = conv.bias().value().getDouble(ch * 3 + m);
              for (int u = 0; u < kernel; u++) {
                for (int v = 0; v < kernel; v++) {
                  int r = i * stride + u - top;
                  int c = j * stride + v - left;
                  if (r >= 0 && r < 5 && c >= 0 && c < 4) {
                    sum += x.getDouble(n, r, c, ch) * w.getDouble(u, v, ch, m);
                  }
                }
              }
              assertEquals(sum, y.getDouble(n, i, j, ch * 3 + m), 1e-12);
            }
          }
        }
      }
    }
  }

  @Test
  void parametersAreShapedAsInKeras() {
    Conv2DTranspose up = new Conv2DTranspose("up", 4, 8, 3, 2, Padding.SAME, DataType.FLOAT,
        Initializer.GLOROT_UNIFORM, 1);
    assertArrayEquals(new long[] {3, 3, 8, 4}, up.weights().value().shape());
    assertArrayEquals(new long[] {8}, up.bias().value().shape());
    DepthwiseConv2D depth = new DepthwiseConv2D("dw", 4, 2, 3, 1, Padding.SAME, DataType.FLOAT,
        Initializer.GLOROT_UNIFORM, 1);
    assertEquals("dw/W", depth.weights().name());
    assertArrayEquals(new long[] {3, 3, 4, 2}, depth.weights().value().shape());
    assertArrayEquals(new long[] {8}, depth.bias().value().shape());
  }

  private static Conv2DTranspose transposed(int kernel, int stride, Padding padding) {
    Conv2DTranspose conv = new Conv2DTranspose("up", 2, 3, kernel, stride, padding,
        DataType.DOUBLE, Initializer.GLOROT_UNIFORM, 7);
    conv.bias().value().assign(GradientCheck.uniform(8, -0.5, 0.5, 3));
    return conv;
  }

  private static DepthwiseConv2D depthwise(int kernel, int stride, Padding padding) {
    DepthwiseConv2D conv = new DepthwiseConv2D("dw", 2, 3, kernel, stride, padding,
        DataType.DOUBLE, Initializer.GLOROT_UNIFORM, 7);
    conv.bias().value().assign(GradientCheck.uniform(8, -0.5, 0.5, 6));
    return conv;
  }
}
