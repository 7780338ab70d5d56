package org.neurocanvas.engine;

import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 2-D convolution over NHWC images, y = conv(x, W) + b, with x of shape [batch, height, width,
 * inChannels], W of shape [kernel, kernel, inChannels, filters] (Keras's layout) and b of shape
 * [filters].
 *
 * <p>Forward and backward are libnd4j's {@code conv2d} and {@code conv2d_bp}, told the NHWC data
 * format and this weight layout, so no transposes are made; with oneDNN in the natives they run
 * its kernels, except for dilated convolutions, which oneDNN's libnd4j binding rejects in float32:
 * those run libnd4j's own (slower) kernels.
 */
public final class Conv2D implements Op {
  /** libnd4j's code for NHWC data; weight format 0 is [kH, kW, iC, oC]. */
  private static final int NHWC = 1;
  private static final int WEIGHTS_HWIO = 0;

  private final String name;
  private final int kernel;
  private final int stride;
  private final int dilation;
  private final Padding padding;
  private final int inChannels;
  private final int filters;
  private final DataType type;
  private final Parameter weights;
  private final Parameter bias;
  private final NativeOp convolution;
  private final NativeOp convolutionGradient;
  /** The kernel writes whole gradients; these buffers let backward add them into the grads. */
  private final INDArray weightsGrad;
  private final INDArray biasGrad;

  private INDArray input;
  private INDArray output;
  private INDArray gradInput;

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
    if (inChannels <= 0 || filters <= 0 || kernel <= 0 || stride <= 0 || dilation <= 0) {
      throw new IllegalArgumentException("Conv2D " + name + " expects positive sizes. Received: "
          + "inChannels=" + inChannels + ", filters=" + filters + ", kernel=" + kernel
          + ", stride=" + stride + ", dilation=" + dilation);
    }
    this.name = name;
    this.kernel = kernel;
    this.stride = stride;
    this.dilation = dilation;
    this.padding = Objects.requireNonNull(padding, "padding");
    this.inChannels = inChannels;
    this.filters = filters;
    this.type = type;
    long[] shape = {kernel, kernel, inChannels, filters};
    this.weights = new Parameter(name + "/W", init.create(shape,
        kernel * kernel * inChannels, kernel * kernel * filters, type, seed));
    this.bias = new Parameter(name + "/b", Nd4j.zeros(type, filters));
    this.weightsGrad = Nd4j.zerosLike(weights.value());
    this.biasGrad = Nd4j.zerosLike(bias.value());
    long[] args = {kernel, kernel, stride, stride, 0, 0, dilation, dilation, padding.flag(), NHWC,
        WEIGHTS_HWIO};
    this.convolution = new NativeOp("conv2d", 3, 1, args);
    this.convolutionGradient = new NativeOp("conv2d_bp", 4, 3, args);
    if (dilation > 1) {
      convolution.withoutPlatformHelpers();
      convolutionGradient.withoutPlatformHelpers();
    }
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    input = Tensors.image(Tensors.single(inputs, this), inChannels, type, this);
    int h = padding.outputLength(input.size(1), kernel, stride, dilation);
    int w = padding.outputLength(input.size(2), kernel, stride, dilation);
    if (h < 1 || w < 1) {
      throw new IllegalArgumentException(this + " does not fit its " + input.size(1) + "x"
          + input.size(2) + " input: use a smaller kernel or padding 'same'.");
    }
    output = Tensors.reuse(output, type, input.size(0), h, w, filters);
    convolution.run(new INDArray[] {input, weights.value(), bias.value()}, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, output, this);
    gradInput = Tensors.reuse(gradInput, type, input.shape());
    convolutionGradient.run(new INDArray[] {input, weights.value(), bias.value(), gradOutput},
        gradInput, weightsGrad, biasGrad);
    weights.accumulateGrad(weightsGrad);
    bias.accumulateGrad(biasGrad);
    return new INDArray[] {gradInput};
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(weights, bias);
  }

  /** The filters, shape [kernel, kernel, inChannels, filters]. */
  public Parameter weights() {
    return weights;
  }

  /** The bias, one per filter. */
  public Parameter bias() {
    return bias;
  }

  @Override
  public String toString() {
    return "Conv2D " + name + " (" + filters + " filters " + kernel + "x" + kernel + ", stride "
        + stride + (dilation > 1 ? ", dilation " + dilation : "") + ", " + padding + ")";
  }
}
