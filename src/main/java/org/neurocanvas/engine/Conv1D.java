package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A 1-D convolution over sequences [batch, steps, inChannels] (channels last), as Keras's Conv1D:
 * W [kernel, inChannels, filters] (Keras's layout), b [filters], output [batch, out steps,
 * filters]. Forward and backward are libnd4j's {@code conv1d} and {@code conv1d_bp} in NWC.
 */
public final class Conv1D extends NativeConvolution {
  private static final int NWC = 1;
  private static final int WEIGHTS_KIO = 0;

  private final int inChannels;
  private final int filters;
  private final int kernel;
  private final int stride;
  private final int dilation;
  private final Padding padding;

  /**
   * Creates a 1-D convolution with parameters {@code name/W} (drawn by {@code init} with fan-in
   * kernel x inChannels and fan-out kernel x filters) and {@code name/b} (zeros).
   *
   * @param name unique layer name, prefix of the parameter names
   * @param inChannels features of each input step
   * @param filters number of filters, the output channels
   * @param kernel width of each filter, in steps
   * @param stride step between window positions
   * @param dilation spacing between the window's taps
   * @param padding border handling
   * @param type floating-point data type
   * @param init initialiser of the weights
   * @param seed seed of the weight draws
   */
  public Conv1D(String name, int inChannels, int filters, int kernel, int stride, int dilation,
      Padding padding, DataType type, Initializer init, long seed) {
    super(name, type, initialWeights(name, inChannels, filters, kernel, stride, dilation, type,
        init, seed), filters, "conv1d", new long[] {kernel, stride, 0, dilation,
        Objects.requireNonNull(padding, "padding").flag(), NWC, WEIGHTS_KIO}, dilation > 1);
    this.inChannels = inChannels;
    this.filters = filters;
    this.kernel = kernel;
    this.stride = stride;
    this.dilation = dilation;
    this.padding = padding;
  }

  private static INDArray initialWeights(String name, int inChannels, int filters, int kernel,
      int stride, int dilation, DataType type, Initializer init, long seed) {
    requirePositive("Conv1D " + name, "inChannels=" + inChannels + ", filters=" + filters
        + ", kernel=" + kernel + ", stride=" + stride + ", dilation=" + dilation,
        inChannels, filters, kernel, stride, dilation);
    return init.create(new long[] {kernel, inChannels, filters}, kernel * inChannels,
        kernel * filters, type, seed);
  }

  @Override
  long[] outputShape(INDArray x) {
    if (x.rank() != 3 || x.size(2) != inChannels) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, steps, "
          + inChannels + "]. Received: " + Arrays.toString(x.shape()));
    }
    int steps = padding.outputLength(x.size(1), kernel, stride, dilation);
    if (steps < 1) {
      throw new IllegalArgumentException(this + " does not fit its " + x.size(1)
          + " steps: use a smaller kernel or padding 'same'.");
    }
    return new long[] {x.size(0), steps, filters};
  }

  @Override
  public String toString() {
    return "Conv1D " + name + " (" + filters + " filters of " + kernel + ", stride " + stride
        + (dilation > 1 ? ", dilation " + dilation : "") + ", " + padding + ")";
  }
}
