package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Averages each channel of NHWC images over height and width: [batch, h, w, c] becomes [batch, c].
 *
 * <p>Runs as one {@code avgpool2d} whose window is the whole image, and {@code avgpool2d_bp} back,
 * so each pass is a single fused kernel call.
 */
public final class GlobalAveragePool implements Op {
  private static final int NHWC = 1;

  private INDArray input;
  private INDArray pooled;
  private INDArray gradInput;
  private NativeOp pooling;
  private NativeOp poolingGradient;
  /** The image height and width the ops are bound for. */
  private long boundHeight;
  private long boundWidth;

  /** Creates the op; it has no settings. */
  public GlobalAveragePool() {}

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 4) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, height, width, "
          + "channels]. Received: " + Arrays.toString(x.shape()));
    }
    if (pooling == null || x.size(1) != boundHeight || x.size(2) != boundWidth) {
      boundHeight = x.size(1);
      boundWidth = x.size(2);
      long[] args = {boundHeight, boundWidth, 1, 1, 0, 0, 1, 1, Padding.VALID.flag(), 0, NHWC};
      pooling = new NativeOp("avgpool2d", 1, 1, args);
      poolingGradient = new NativeOp("avgpool2d_bp", 2, 1, args);
    }
    input = x;
    pooled = Tensors.reuse(pooled, x.dataType(), x.size(0), 1, 1, x.size(3));
    pooling.run(x, pooled);
    return pooled.reshape(x.size(0), x.size(3));
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    if (gradOutput.rank() != 2 || gradOutput.size(0) != input.size(0)
        || gradOutput.size(1) != input.size(3)) {
      throw new IllegalArgumentException(this + " expects an output gradient of shape ["
          + input.size(0) + ", " + input.size(3) + "]. Received: "
          + Arrays.toString(gradOutput.shape()));
    }
    gradInput = Tensors.reuse(gradInput, input.dataType(), input.shape());
    INDArray g = gradOutput.reshape('c', pooled.shape());
    poolingGradient.run(new INDArray[] {input, g}, gradInput);
    return new INDArray[] {gradInput};
  }

  @Override
  public String toString() {
    return "GlobalAveragePool";
  }
}
