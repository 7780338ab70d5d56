package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** UpSampling2D and ZeroPadding2D: values, gradients and shapes. */
class ResamplingTest {

  @Test
  void upSamplingRepeatsEachPixelOfEachChannel() {
    INDArray x = GradientCheck.uniform(1, -1, 1, 2, 2, 3, 2);
    INDArray y = new UpSampling2D(2).forward(new INDArray[] {x}, false);
    assertArrayEquals(new long[] {2, 4, 6, 2}, y.shape());
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 6; j++) {
        for (int c = 0; c < 2; c++) {
          assertEquals(x.getDouble(1, i / 2, j / 2, c), y.getDouble(1, i, j, c));
        }
      }
    }
  }

  @Test
  void upSamplingGradientsMatchFiniteDifferences() {
    GradientCheck.checkOp(new UpSampling2D(3), GradientCheck.uniform(1, -1, 1, 2, 2, 3, 2), 2);
  }

  @Test
  void zeroPaddingSurroundsTheImageWithZeros() {
    INDArray x = GradientCheck.uniform(1, 1, 2, 2, 2, 3, 2);
    INDArray y = new ZeroPadding2D(1, 2, 0, 3).forward(new INDArray[] {x}, false);
    assertArrayEquals(new long[] {2, 5, 6, 2}, y.shape());
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 6; j++) {
        boolean inside = i >= 1 && i < 3 && j < 3;
        double expected = inside ? x.getDouble(0, i - 1, j, 1) : 0;
        assertEquals(expected, y.getDouble(0, i, j, 1), "row " + i + ", column " + j);
      }
    }
  }

  @Test
  void zeroPaddingGradientsMatchFiniteDifferences() {
    GradientCheck.checkOp(new ZeroPadding2D(1, 0, 2, 1),
        GradientCheck.uniform(1, -1, 1, 2, 2, 3, 2), 2);
  }
}
