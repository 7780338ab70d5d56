package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Dilated convolutions in float32, which oneDNN's libnd4j binding refuses ("could not create a
 * descriptor for a dilated convolution forward propagation primitive"): they run, and agree with
 * float64 (checked against direct sums and finite differences in Conv2DTest and Conv1DTest).
 */
class DilatedConvolutionTest {

  @ParameterizedTest(name = "stride {0}, {1}")
  @CsvSource({"1, VALID", "2, VALID", "1, SAME", "2, SAME"})
  void conv2dRunsInFloat32AsInFloat64(int stride, Padding padding) {
    assertFloat32AgreesWithFloat64(type -> new Conv2D("conv", 3, 4, 3, stride, 2, padding, type,
        Initializer.HE_UNIFORM, 5), 2, 9, 9, 3);
  }

  @ParameterizedTest(name = "stride {0}, {1}")
  @CsvSource({"1, VALID", "2, VALID", "1, SAME", "2, SAME"})
  void conv1dRunsInFloat32AsInFloat64(int stride, Padding padding) {
    assertFloat32AgreesWithFloat64(type -> new Conv1D("conv", 3, 4, 3, stride, 2, padding, type,
        Initializer.HE_UNIFORM, 5), 2, 9, 3);
  }

  private static void assertFloat32AgreesWithFloat64(Function<DataType, Op> layer,
      long... inputShape) {
    Op exact = layer.apply(DataType.DOUBLE);
    Op fast = layer.apply(DataType.FLOAT);
    for (int p = 0; p < 2; p++) {
      fast.parameters().get(p).value().assign(exact.parameters().get(p).value());
    }
    INDArray x = GradientCheck.uniform(3, -1, 1, inputShape);
    INDArray y = exact.forward(new INDArray[] {x}, true);
    INDArray yFast = fast.forward(new INDArray[] {x.castTo(DataType.FLOAT)}, true);
    assertEquals(0, maxDifference(y, yFast), 1e-5);
    INDArray g = GradientCheck.uniform(4, -1, 1, y.shape());
    assertEquals(0, maxDifference(exact.backward(g)[0],
        fast.backward(g.castTo(DataType.FLOAT))[0]), 1e-5);
    for (int p = 0; p < 2; p++) {
      assertEquals(0, maxDifference(exact.parameters().get(p).grad(),
          fast.parameters().get(p).grad()), 1e-5);
    }
  }

  private static double maxDifference(INDArray expected, INDArray actual) {
    return expected.sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
  }
}
