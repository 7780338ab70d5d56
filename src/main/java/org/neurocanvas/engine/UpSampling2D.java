package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Repeats each pixel of NHWC images {@code size} times along height and width (nearest
 * neighbour), as Keras's UpSampling2D: [batch, h, w, c] becomes [batch, h size, w size, c].
 * Backward sums the gradient over each size x size block. libnd4j's {@code upsampling2d} and its
 * {@code _bp} do the work.
 */
public final class UpSampling2D implements Op {
  /** upsampling2d's last argument: 0 for NHWC. */
  private static final int NHWC = 0;

  private final int size;
  private final NativeOp upsampling;
  private final NativeOp upsamplingGradient = new NativeOp("upsampling2d_bp", 2, 1,
      new long[] {NHWC});
  private INDArray input;
  private INDArray output;
  private INDArray gradInput;

  /**
   * Creates the op.
   *
   * @param size how many times each pixel repeats on each axis, positive
   */
  public UpSampling2D(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("UpSampling2D expects a positive size. Received: "
          + size);
    }
    this.size = size;
    this.upsampling = new NativeOp("upsampling2d", 1, 1, new long[] {size, size, NHWC});
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 4) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, height, width, "
          + "channels]. Received: " + Arrays.toString(x.shape()));
    }
    input = x;
    output = Tensors.reuse(output, x.dataType(), x.size(0), x.size(1) * size, x.size(2) * size,
        x.size(3));
    upsampling.run(x, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, output, this);
    gradInput = Tensors.reuse(gradInput, input.dataType(), input.shape());
    upsamplingGradient.run(new INDArray[] {input, gradOutput}, gradInput);
    return new INDArray[] {gradInput};
  }

  @Override
  public String toString() {
    return "UpSampling2D(" + size + ")";
  }
}
