package org.neurocanvas.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * GELU and SiLU from element-wise ND4J calls: libnd4j has no exact GELU (its GELU ops are the
 * sigmoid and tanh approximations), and its swish derivative overflows for large inputs, so both
 * are written here from erf and sigmoid, in place on the callers' buffers.
 */
final class SmoothActivations {
  private static final double INV_SQRT2 = 1 / Math.sqrt(2);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  private SmoothActivations() {}

  /** out = x Φ(x), where Φ(x) = (1 + erf(x / √2)) / 2 is left in {@code cdf}. */
  static void gelu(INDArray x, INDArray cdf, INDArray out) {
    x.mul(INV_SQRT2, cdf);
    Nd4j.exec(new Erf(cdf, cdf));
    cdf.addi(1).muli(0.5);
    x.mul(cdf, out);
  }

  /** grad = gradOut (Φ(x) + x φ(x)), with φ the standard normal density. */
  static void geluBackward(INDArray x, INDArray cdf, INDArray gradOut, INDArray grad) {
    x.mul(x, grad).muli(-0.5);
    Transforms.exp(grad, false).muli(x).muli(INV_SQRT_2PI).addi(cdf).muli(gradOut);
  }

  /** out = x s, where s = sigmoid(x) is left in {@code sigmoid}. */
  static void silu(INDArray x, INDArray sigmoid, INDArray out) {
    Nd4j.exec(DynamicCustomOp.builder("sigmoid").addInputs(x).addOutputs(sigmoid).build());
    x.mul(sigmoid, out);
  }

  /** grad = gradOut s (1 + x (1 - s)), the derivative of x s. */
  static void siluBackward(INDArray x, INDArray sigmoid, INDArray gradOut, INDArray grad) {
    sigmoid.rsub(1, grad).muli(x).addi(1).muli(sigmoid).muli(gradOut);
  }
}
