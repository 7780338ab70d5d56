package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Adds rows and columns of zeros around NHWC images, as Keras's ZeroPadding2D: [batch, h, w, c]
 * becomes [batch, top + h + bottom, left + w + right, c]. Backward keeps the gradient of the
 * inner part.
 *
 * <p>The output buffer's border is zeroed once and never written again; each pass copies only
 * the interior, through a view made once per buffer.
 */
public final class ZeroPadding2D implements Op {
  private final int top;
  private final int bottom;
  private final int left;
  private final int right;
  private INDArray input;
  private INDArray output;
  /** The part of {@link #output} that holds the input, a view. */
  private INDArray interior;
  private INDArray gradInput;

  /**
   * Creates the op.
   *
   * @param top rows of zeros above, 0 or more
   * @param bottom rows below
   * @param left columns on the left
   * @param right columns on the right
   */
  public ZeroPadding2D(int top, int bottom, int left, int right) {
    if (top < 0 || bottom < 0 || left < 0 || right < 0) {
      throw new IllegalArgumentException("ZeroPadding2D expects padding of 0 or more. Received: "
          + "top=" + top + ", bottom=" + bottom + ", left=" + left + ", right=" + right);
    }
    this.top = top;
    this.bottom = bottom;
    this.left = left;
    this.right = right;
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 4) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, height, width, "
          + "channels]. Received: " + Arrays.toString(x.shape()));
    }
    input = x;
    long[] shape = {x.size(0), x.size(1) + top + bottom, x.size(2) + left + right, x.size(3)};
    if (output == null || output.dataType() != x.dataType()
        || !Arrays.equals(output.shape(), shape)) {
      output = Nd4j.zeros(x.dataType(), shape);
      interior = output.get(NDArrayIndex.all(), NDArrayIndex.interval(top, top + x.size(1)),
          NDArrayIndex.interval(left, left + x.size(2)), NDArrayIndex.all());
    }
    interior.assign(x);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, output, this);
    gradInput = Tensors.reuse(gradInput, input.dataType(), input.shape());
    gradInput.assign(gradOutput.get(NDArrayIndex.all(),
        NDArrayIndex.interval(top, top + input.size(1)),
        NDArrayIndex.interval(left, left + input.size(2)), NDArrayIndex.all()));
    return new INDArray[] {gradInput};
  }

  @Override
  public String toString() {
    return "ZeroPadding2D(top " + top + ", bottom " + bottom + ", left " + left + ", right "
        + right + ")";
  }
}
