package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A transposed 2-D convolution (the gradient of a convolution with respect to its input, used to
 * upsample) over NHWC images, as Keras's Conv2DTranspose: W [kernel, kernel, filters, inChannels]
 * (Keras's layout), b [filters]. Each output side is (in - 1) stride + kernel with 'valid'
 * padding and in x stride with 'same'.
 *
 * <p>It runs as what it is: the output is the input gradient of a convolution from {@code
 * filters} to {@code inChannels} channels with this kernel (read in libnd4j's [kH, kW, iC, oC]
 * layout, no copy), stride and padding; its input gradient is that convolution's forward pass and
 * its kernel gradient that convolution's kernel gradient. These ops run oneDNN's kernels, while
 * libnd4j's {@code deconv2d} and {@code deconv2d_bp} take its generic path with 'same' padding:
 * 30-40x slower at the autoencoder sample's shapes.
 */
public final class Conv2DTranspose implements Op {
  private static final int NHWC = 1;
  private static final int WEIGHTS_HWIO = 0;

  private final String name;
  private final int inChannels;
  private final int filters;
  private final int kernel;
  private final int stride;
  private final Padding padding;
  private final DataType type;
  private final Parameter weights;
  private final Parameter bias;
  /** The whole kernel gradient, written by the kernel and then added into the parameter's. */
  private final INDArray weightsGrad;
  private final INDArray biasGradRow;
  /** The output as a convolution's input gradient, for square inputs (see {@link #forward}). */
  private final NativeOp squareForward;
  /** The same through conv2d_bp, whose kernel gradient is then discarded. */
  private final NativeOp anyForward;
  private final NativeOp addBias = new NativeOp("biasadd", 2, 1);
  private final NativeOp inputGradient;
  private final NativeOp kernelGradient;
  private final NativeOp addBiasGradient =
      new NativeOp("matmul", 2, 1, new long[] {0, 0, 0}, 1.0, 1.0);

  private INDArray input;
  private INDArray output;
  private INDArray outputShape;
  /**
   * What conv2d_bp also writes and nobody reads: the kernel gradient in the forward, the input
   * gradient in the backward.
   */
  private final INDArray discardedWeights;
  private INDArray discardedOutput;
  private INDArray gradInput;
  private INDArray ones;

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
    NativeConvolution.requirePositive("Conv2DTranspose " + name, "inChannels=" + inChannels
        + ", filters=" + filters + ", kernel=" + kernel + ", stride=" + stride, inChannels,
        filters, kernel, stride);
    this.name = name;
    this.inChannels = inChannels;
    this.filters = filters;
    this.kernel = kernel;
    this.stride = stride;
    this.padding = Objects.requireNonNull(padding, "padding");
    this.type = type;
    this.weights = new Parameter(name + "/W", init.create(
        new long[] {kernel, kernel, filters, inChannels}, kernel * kernel * filters,
        kernel * kernel * inChannels, type, seed));
    this.bias = new Parameter(name + "/b", Nd4j.zeros(type, filters));
    this.weightsGrad = Nd4j.zerosLike(weights.value());
    this.discardedWeights = Nd4j.zerosLike(weights.value());
    this.biasGradRow = bias.grad().reshape(1, filters);
    long[] args = {kernel, kernel, stride, stride, 0, 0, 1, 1, padding.flag(), NHWC,
        WEIGHTS_HWIO};
    this.squareForward = new NativeOp("deconv2d_tf", 3, 1, args);
    this.anyForward = new NativeOp("conv2d_bp", 3, 2, args);
    this.inputGradient = new NativeOp("conv2d", 2, 1, args);
    this.kernelGradient = new NativeOp("conv2d_bp", 3, 2, args);
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    input = Tensors.image(Tensors.single(inputs, this), inChannels, type, this);
    long[] shape = {input.size(0), side(input.size(1)), side(input.size(2)), filters};
    if (output == null || !Arrays.equals(output.shape(), shape)) {
      output = Nd4j.createUninitialized(type, shape);
      outputShape = Nd4j.createFromArray(shape);
    }
    if (input.size(1) == input.size(2)) {
      squareForward.run(new INDArray[] {outputShape, weights.value(), input}, output);
    } else {
      // deconv2d_tf takes the input's width for its height (libnd4j 1.0.0-M2.1), so other
      // shapes go through conv2d_bp; its 'input' only feeds the discarded kernel gradient.
      anyForward.run(new INDArray[] {output, weights.value(), input}, output, discardedWeights);
    }
    addBias.run(new INDArray[] {output, bias.value()}, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    return backward(gradOutput, true);
  }

  @Override
  public INDArray[] backward(INDArray gradOutput, boolean inputGradientNeeded) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, output, this);
    INDArray g = gradOutput.dataType() == type ? gradOutput : gradOutput.castTo(type);
    discardedOutput = Tensors.reuse(discardedOutput, type, output.shape());
    kernelGradient.run(new INDArray[] {g, weights.value(), input}, discardedOutput, weightsGrad);
    weights.accumulateGrad(weightsGrad);
    long rows = g.length() / filters;
    if (ones == null || ones.size(1) != rows) {
      ones = Nd4j.ones(type, 1, rows);
    }
    addBiasGradient.run(new INDArray[] {ones, g.reshape('c', rows, filters)}, biasGradRow);
    if (!inputGradientNeeded) {
      return new INDArray[] {null};
    }
    gradInput = Tensors.reuse(gradInput, type, input.shape());
    inputGradient.run(new INDArray[] {g, weights.value()}, gradInput);
    return new INDArray[] {gradInput};
  }

  private long side(long in) {
    return padding == Padding.SAME ? in * stride : (in - 1) * stride + kernel;
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(weights, bias);
  }

  /** The kernel, {@code name/W}, [kernel, kernel, filters, inChannels]. */
  public Parameter weights() {
    return weights;
  }

  /** The bias, {@code name/b}, one per output channel. */
  public Parameter bias() {
    return bias;
  }

  @Override
  public String toString() {
    return "Conv2DTranspose " + name + " (" + filters + " filters " + kernel + "x" + kernel
        + ", stride " + stride + ", " + padding + ")";
  }
}
