package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Max or average pooling over NHWC images: each pool x pool window of each channel becomes its
 * maximum or its mean. libnd4j's {@code maxpool2d} / {@code avgpool2d} and their {@code _bp} ops do
 * the work.
 *
 * <p>Average pooling with 'same' padding divides by the number of values inside the image, not
 * by the window size, as Keras and TensorFlow do.
 */
public final class Pool2D implements Op {
  /** The summary each window is reduced to. */
  public enum Kind {
    /** The largest value of the window. */
    MAX("maxpool2d"),
    /** The mean of the window. */
    AVERAGE("avgpool2d");

    final String opName;

    Kind(String opName) {
      this.opName = opName;
    }
  }

  /** libnd4j's average-pool divisor mode 0 counts only values inside the image. */
  private static final int EXCLUDE_PADDING = 0;
  private static final int NHWC = 1;

  private final Kind kind;
  private final int pool;
  private final int stride;
  private final Padding padding;
  private final NativeOp pooling;
  private final NativeOp poolingGradient;
  private INDArray input;
  private INDArray output;
  private INDArray gradInput;

  /**
   * Creates a pooling op.
   *
   * @param kind max or average
   * @param pool height and width of the window
   * @param stride step between windows on both axes
   * @param padding border handling
   */
  public Pool2D(Kind kind, int pool, int stride, Padding padding) {
    if (pool <= 0 || stride <= 0) {
      throw new IllegalArgumentException("Pooling expects a positive pool and stride. Received: "
          + "pool=" + pool + ", stride=" + stride);
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pool = pool;
    this.stride = stride;
    this.padding = Objects.requireNonNull(padding, "padding");
    long[] args = {pool, pool, stride, stride, 0, 0, 1, 1, padding.flag(), EXCLUDE_PADDING, NHWC};
    this.pooling = new NativeOp(kind.opName, 1, 1, args);
    this.poolingGradient = new NativeOp(kind.opName + "_bp", 2, 1, args);
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 4) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, height, width, "
          + "channels]. Received: " + Arrays.toString(x.shape()));
    }
    int h = padding.outputLength(x.size(1), pool, stride, 1);
    int w = padding.outputLength(x.size(2), pool, stride, 1);
    if (h < 1 || w < 1) {
      throw new IllegalArgumentException(this + " does not fit its " + x.size(1) + "x" + x.size(2)
          + " input: use a smaller pool or padding 'same'.");
    }
    input = x;
    output = Tensors.reuse(output, x.dataType(), x.size(0), h, w, x.size(3));
    pooling.run(x, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, output, this);
    gradInput = Tensors.reuse(gradInput, input.dataType(), input.shape());
    poolingGradient.run(new INDArray[] {input, gradOutput}, gradInput);
    return new INDArray[] {gradInput};
  }

  @Override
  public String toString() {
    return (kind == Kind.MAX ? "MaxPool2D" : "AvgPool2D") + " (" + pool + "x" + pool + ", stride "
        + stride + ", " + padding + ")";
  }
}
