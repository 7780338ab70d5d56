package org.neurocanvas.engine;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A depthwise 2-D convolution over NHWC images, as Keras's DepthwiseConv2D: each input channel c
 * is convolved on its own with {@code depthMultiplier} filters, giving output channel c x
 * depthMultiplier + m. W [kernel, kernel, channels, depthMultiplier] (Keras's layout), b
 * [channels x depthMultiplier]. libnd4j's {@code depthwise_conv2d} and its {@code _bp} do the
 * work.
 */
public final class DepthwiseConv2D extends NativeConvolution {
  private static final int NHWC = 1;
  /** depthwise_conv2d's weight format 0: [kH, kW, iC, mC]. */
  private static final int WEIGHTS_HWIM = 0;

  private final int channels;
  private final int depthMultiplier;
  private final int kernel;
  private final int stride;
  private final Padding padding;

  /**
   * Creates a depthwise convolution with parameters {@code name/W} (drawn by {@code init} with
   * fan-in kernel² x channels and fan-out kernel² x depthMultiplier, as Keras counts this kernel's
   * axes) and {@code name/b} (zeros).
   *
   * @param name unique layer name, prefix of the parameter names
   * @param channels channels of the input images
   * @param depthMultiplier filters per input channel
   * @param kernel height and width of each filter
   * @param stride step between window positions, on both axes
   * @param padding border handling
   * @param type floating-point data type
   * @param init initialiser of the weights
   * @param seed seed of the weight draws
   */
  public DepthwiseConv2D(String name, int channels, int depthMultiplier, int kernel, int stride,
      Padding padding, DataType type, Initializer init, long seed) {
    super(name, type, initialWeights(name, channels, depthMultiplier, kernel, stride, type, init,
        seed), (long) channels * depthMultiplier, "depthwise_conv2d", new long[] {kernel, kernel,
            stride, stride, 0, 0, 1, 1, Objects.requireNonNull(padding, "padding").flag(), NHWC,
            WEIGHTS_HWIM}, false);
    this.channels = channels;
    this.depthMultiplier = depthMultiplier;
    this.kernel = kernel;
    this.stride = stride;
    this.padding = padding;
  }

  private static INDArray initialWeights(String name, int channels, int depthMultiplier,
      int kernel, int stride, DataType type, Initializer init, long seed) {
    requirePositive("DepthwiseConv2D " + name, "channels=" + channels + ", depthMultiplier="
        + depthMultiplier + ", kernel=" + kernel + ", stride=" + stride, channels,
        depthMultiplier, kernel, stride);
    return init.create(new long[] {kernel, kernel, channels, depthMultiplier},
        kernel * kernel * channels, kernel * kernel * depthMultiplier, type, seed);
  }

  @Override
  long[] outputShape(INDArray x) {
    Tensors.image(x, channels, type, this);
    int h = padding.outputLength(x.size(1), kernel, stride, 1);
    int w = padding.outputLength(x.size(2), kernel, stride, 1);
    if (h < 1 || w < 1) {
      throw new IllegalArgumentException(this + " does not fit its " + x.size(1) + "x"
          + x.size(2) + " input: use a smaller kernel or padding 'same'.");
    }
    return new long[] {x.size(0), h, w, (long) channels * depthMultiplier};
  }

  @Override
  public String toString() {
    return "DepthwiseConv2D " + name + " (x" + depthMultiplier + ", " + kernel + "x" + kernel
        + ", stride " + stride + ", " + padding + ")";
  }
}
