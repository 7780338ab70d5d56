package org.neurocanvas.engine;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A transposed 2-D convolution (the gradient of a convolution with respect to its input, used to
 * upsample) over NHWC images, as Keras's Conv2DTranspose: W [kernel, kernel, filters, inChannels]
 * (Keras's layout), b [filters]. Each output side is (in - 1) stride + kernel with 'valid'
 * padding and in x stride with 'same'. libnd4j's {@code deconv2d} and {@code deconv2d_bp} do the
 * work.
 */
public final class Conv2DTranspose extends NativeConvolution {
  private static final int NHWC = 1;
  /** deconv2d's weight format 0: [kH, kW, oC, iC]. */
  private static final int WEIGHTS_HWOI = 0;

  private final int inChannels;
  private final int filters;
  private final int kernel;
  private final int stride;
  private final Padding padding;

  /**
   * Creates a transposed convolution with parameters {@code name/W} (drawn by {@code init} with
   * fan-in kernel² x filters and fan-out kernel² x inChannels, as Keras counts this kernel's
   * axes) and {@code name/b} (zeros).
   *
   * @param name unique layer name, prefix of the parameter names
   * @param inChannels channels of the input images
   * @param filters output channels
   * @param kernel height and width of each filter
   * @param stride upsampling factor on both axes
   * @param padding 'valid' or 'same', which sets the output size
   * @param type floating-point data type
   * @param init initialiser of the weights
   * @param seed seed of the weight draws
   */
  public Conv2DTranspose(String name, int inChannels, int filters, int kernel, int stride,
      Padding padding, DataType type, Initializer init, long seed) {
    super(name, type, initialWeights(name, inChannels, filters, kernel, stride, type, init, seed),
        filters, "deconv2d", new long[] {kernel, kernel, stride, stride, 0, 0, 1, 1,
            Objects.requireNonNull(padding, "padding").flag(), NHWC, WEIGHTS_HWOI});
    this.inChannels = inChannels;
    this.filters = filters;
    this.kernel = kernel;
    this.stride = stride;
    this.padding = padding;
  }

  private static INDArray initialWeights(String name, int inChannels, int filters, int kernel,
      int stride, DataType type, Initializer init, long seed) {
    requirePositive("Conv2DTranspose " + name, "inChannels=" + inChannels + ", filters="
        + filters + ", kernel=" + kernel + ", stride=" + stride, inChannels, filters, kernel,
        stride);
    return init.create(new long[] {kernel, kernel, filters, inChannels},
        kernel * kernel * filters, kernel * kernel * inChannels, type, seed);
  }

  @Override
  long[] outputShape(INDArray x) {
    Tensors.image(x, inChannels, type, this);
    return new long[] {x.size(0), side(x.size(1)), side(x.size(2)), filters};
  }

  private long side(long in) {
    return padding == Padding.SAME ? in * stride : (in - 1) * stride + kernel;
  }

  @Override
  public String toString() {
    return "Conv2DTranspose " + name + " (" + filters + " filters " + kernel + "x" + kernel
        + ", stride " + stride + ", " + padding + ")";
  }
}
