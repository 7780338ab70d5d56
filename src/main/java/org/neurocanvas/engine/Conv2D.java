package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A 2-D convolution over NHWC images, y = conv(x, W) + b, with x of shape [batch, height, width,
 * inChannels], W of shape [kernel, kernel, inChannels, filters] (Keras's layout) and b of shape
 * [filters].
 *
 * <p>Forward and backward are libnd4j's {@code conv2d} and {@code conv2d_bp}, told the NHWC data
 * format and this weight layout, so no transposes are made; with oneDNN in the natives they run
 * its kernels, except for dilated convolutions, which oneDNN's libnd4j binding rejects in float32:
 * those run libnd4j's own (slower) kernels.
 *
 * <p>When no input gradient is wanted (a first layer, fed by the data), backward skips {@code
 * conv2d_bp}, which always computes it, and gets the weight and bias gradients from one product:
 * the input's windows laid out as columns (im2col, in Java) with a row of ones, times the output
 * gradient's rows. On the reference CNN's first layer (28x28x1 images, batch 64) that took
 * ~2 ms against ~15-25 ms.
 */
public final class Conv2D extends NativeConvolution {
  /** libnd4j's code for NHWC data; weight format 0 is [kH, kW, iC, oC]. */
  private static final int NHWC = 1;
  private static final int WEIGHTS_HWIO = 0;
  /** Elements of one block of window columns: bounds im2col's memory for large images. */
  private static final long ROWS_BLOCK_ELEMENTS = 1 << 20;

  private final int kernel;
  private final int stride;
  private final int dilation;
  private final Padding padding;
  private final int inChannels;
  private final int filters;
  /** z = x y + z: a block of window columns times the output gradient's rows. */
  private final NativeOp addProduct = new NativeOp("matmul", 2, 1, new long[] {0, 0, 0}, 1.0, 1.0);
  /** The windows of a block of images as columns, and of the last, smaller block. */
  private INDArray windowColumns;
  private INDArray lastWindowColumns;
  /** [kernel² inChannels + 1, filters]: the weight gradient's rows, then the bias gradient. */
  private INDArray parameterSums;
  private double[] image;
  private double[] columnValues;
  private double[] sums;

  /**
   * Creates a convolution with parameters {@code name + "/W"} (drawn by {@code init} with fan-in
   * kernel² x inChannels and fan-out kernel² x filters, as Keras counts them) and {@code name +
   * "/b"} (zeros).
   *
   * @param name unique layer name, prefix of the parameter names
   * @param inChannels channels of the input images
   * @param filters number of filters, the output channels
   * @param kernel height and width of each filter
   * @param stride step between window positions, on both axes
   * @param dilation spacing between the window's taps
   * @param padding border handling
   * @param type floating-point data type of the parameters and the computation
   * @param init initialiser of the weights
   * @param seed seed of the weight draws
   */
  public Conv2D(String name, int inChannels, int filters, int kernel, int stride, int dilation,
      Padding padding, DataType type, Initializer init, long seed) {
    super(name, type, initialWeights(name, inChannels, filters, kernel, stride, dilation, type,
        init, seed), filters, "conv2d", new long[] {kernel, kernel, stride, stride, 0, 0, dilation,
        dilation, Objects.requireNonNull(padding, "padding").flag(), NHWC, WEIGHTS_HWIO},
        dilation > 1);
    this.kernel = kernel;
    this.stride = stride;
    this.dilation = dilation;
    this.padding = padding;
    this.inChannels = inChannels;
    this.filters = filters;
  }

  private static INDArray initialWeights(String name, int inChannels, int filters, int kernel,
      int stride, int dilation, DataType type, Initializer init, long seed) {
    requirePositive("Conv2D " + name, "inChannels=" + inChannels + ", filters=" + filters
        + ", kernel=" + kernel + ", stride=" + stride + ", dilation=" + dilation,
        inChannels, filters, kernel, stride, dilation);
    return init.create(new long[] {kernel, kernel, inChannels, filters},
        kernel * kernel * inChannels, kernel * kernel * filters, type, seed);
  }

  @Override
  long[] outputShape(INDArray x) {
    if (x.rank() != 4 || x.size(3) != inChannels) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, height, width, "
          + inChannels + "]. Received: " + Arrays.toString(x.shape()));
    }
    int h = padding.outputLength(x.size(1), kernel, stride, dilation);
    int w = padding.outputLength(x.size(2), kernel, stride, dilation);
    if (h < 1 || w < 1) {
      throw new IllegalArgumentException(this + " does not fit its " + x.size(1) + "x"
          + x.size(2) + " input: use a smaller kernel or padding 'same'.");
    }
    return new long[] {x.size(0), h, w, filters};
  }

  @Override
  boolean addParameterGradients(INDArray input, INDArray gradOutput) {
    if (!HostKernels.handles(type)) {
      return false;
    }
    int batch = (int) input.size(0);
    int outH = (int) gradOutput.size(1);
    int outW = (int) gradOutput.size(2);
    int positions = outH * outW;
    int width = kernel * kernel * inChannels + 1;
    int imagesPerBlock = (int) Math.max(1, Math.min(batch,
        ROWS_BLOCK_ELEMENTS / ((long) positions * width)));
    parameterSums = Tensors.reuse(parameterSums, type, width, filters);
    Nd4j.getMemoryManager().memset(parameterSums);
    INDArray gradRows = gradOutput.reshape('c', (long) batch * positions, filters);
    image = HostKernels.read(input, image);
    for (int first = 0; first < batch; first += imagesPerBlock) {
      int count = Math.min(imagesPerBlock, batch - first);
      int columns = count * positions;
      INDArray block;
      if (count == imagesPerBlock) {
        block = windowColumns = Tensors.reuse(windowColumns, type, width, columns);
      } else {
        block = lastWindowColumns = Tensors.reuse(lastWindowColumns, type, width, columns);
      }
      if (columnValues == null || columnValues.length < (long) width * columns) {
        columnValues = new double[width * columns];
      }
      layOutWindows(input, first, count, outH, outW, columns);
      HostKernels.write(columnValues, block);
      INDArray gradBlock = gradRows.get(NDArrayIndex.interval((long) first * positions,
          (long) first * positions + columns), NDArrayIndex.all());
      addProduct.run(new INDArray[] {block, gradBlock}, parameterSums);
    }
    sums = HostKernels.read(parameterSums, sums);
    addInto(weights().grad(), sums, 0);
    addInto(bias().grad(), sums, (width - 1) * filters);
    return true;
  }

  /**
   * Fills {@link #columnValues} with the windows of images first.. first+count-1 as columns
   * (im2col transposed): row (ky, kx, c) holds that tap of every window, so that for one tap and
   * one output row the reads run along an image row; the last row is ones, for the bias.
   */
  private void layOutWindows(INDArray input, int first, int count, int outH, int outW,
      int columns) {
    int height = (int) input.size(1);
    int imageWidth = (int) input.size(2);
    int top = padding.before(height, kernel, stride, dilation);
    int left = padding.before(imageWidth, kernel, stride, dilation);
    double[] to = columnValues;
    int tap = 0;
    for (int ky = 0; ky < kernel; ky++) {
      for (int kx = 0; kx < kernel; kx++) {
        for (int c = 0; c < inChannels; c++, tap++) {
          int at = tap * columns;
          for (int n = first; n < first + count; n++) {
            for (int oy = 0; oy < outH; oy++) {
              int y = oy * stride - top + ky * dilation;
              if (y < 0 || y >= height) {
                Arrays.fill(to, at, at + outW, 0); // 'same' padding: zeros outside the image
                at += outW;
                continue;
              }
              int rowStart = (n * height + y) * imageWidth;
              for (int ox = 0; ox < outW; ox++) {
                int x = ox * stride - left + kx * dilation;
                to[at++] = x >= 0 && x < imageWidth ? image[(rowStart + x) * inChannels + c] : 0;
              }
            }
          }
        }
      }
    }
    Arrays.fill(to, tap * columns, (tap + 1) * columns, 1);
  }

  /** Adds {@code sums[offset..]} into a gradient, element by element. */
  private static void addInto(INDArray grad, double[] sums, int offset) {
    double[] values = HostKernels.read(grad, null);
    for (int i = 0; i < values.length; i++) {
      values[i] += sums[offset + i];
    }
    HostKernels.write(values, grad);
  }

  @Override
  public String toString() {
    return "Conv2D " + name + " (" + filters + " filters " + kernel + "x" + kernel + ", stride "
        + stride + (dilation > 1 ? ", dilation " + dilation : "") + ", " + padding + ")";
  }
}
