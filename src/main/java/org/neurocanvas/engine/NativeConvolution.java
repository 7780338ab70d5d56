package org.neurocanvas.engine;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer whose forward is one libnd4j op taking (input, weights, bias) and whose backward is its
 * {@code _bp} op giving the gradients of all three: the 1-D, 2-D and depthwise convolutions.
 * Subclasses say what input they accept and what output shape it gives, and may compute the
 * parameter gradients alone when no input gradient is wanted.
 */
abstract class NativeConvolution implements Op {
  protected final String name;
  protected final DataType type;
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
   * @param name unique layer name, prefix of the parameter names
   * @param type floating-point data type
   * @param weights initial weights, named {@code name/W}
   * @param outputChannels length of the bias, named {@code name/b} and zero at first
   * @param opName the libnd4j op, for example {@code "conv1d"}; {@code opName + "_bp"} must exist
   * @param args the integer arguments both ops take
   * @param dilated whether the taps are spread out: oneDNN's libnd4j binding rejects dilated
   *     float32 convolutions, so these run libnd4j's own kernels
   */
  NativeConvolution(String name, DataType type, INDArray weights, long outputChannels,
      String opName, long[] args, boolean dilated) {
    this.name = name;
    this.type = type;
    this.weights = new Parameter(name + "/W", weights);
    this.bias = new Parameter(name + "/b", Nd4j.zeros(type, outputChannels));
    this.weightsGrad = Nd4j.zerosLike(weights);
    this.biasGrad = Nd4j.zerosLike(bias.value());
    this.convolution = new NativeOp(opName, 3, 1, args);
    this.convolutionGradient = new NativeOp(opName + "_bp", 4, 3, args);
    if (dilated) {
      convolution.withoutPlatformHelpers();
      convolutionGradient.withoutPlatformHelpers();
    }
  }

  /**
   * Checks the input and returns the output shape for it.
   *
   * @throws IllegalArgumentException naming this layer, what it expects and what it received
   */
  abstract long[] outputShape(INDArray x);

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    long[] shape = outputShape(x);
    input = x.dataType() == type ? x : x.castTo(type);
    output = Tensors.reuse(output, type, shape);
    convolution.run(new INDArray[] {input, weights.value(), bias.value()}, output);
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
    if (!inputGradientNeeded && addParameterGradients(input, gradOutput)) {
      return new INDArray[] {null};
    }
    gradInput = Tensors.reuse(gradInput, type, input.shape());
    convolutionGradient.run(new INDArray[] {input, weights.value(), bias.value(), gradOutput},
        gradInput, weightsGrad, biasGrad);
    weights.accumulateGrad(weightsGrad);
    bias.accumulateGrad(biasGrad);
    return new INDArray[] {gradInput};
  }

  /**
   * Adds the weight and bias gradients of the last forward into the parameters' grads without
   * the input gradient, if this layer has a cheaper way than the {@code _bp} op (which always
   * computes all three); returns whether it did.
   *
   * @param input the last forward's input, in this layer's data type
   * @param gradOutput the gradient of the loss with respect to the last output
   */
  boolean addParameterGradients(INDArray input, INDArray gradOutput) {
    return false;
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(weights, bias);
  }

  /** The kernel, {@code name/W}. */
  public Parameter weights() {
    return weights;
  }

  /** The bias, {@code name/b}, one per output channel. */
  public Parameter bias() {
    return bias;
  }

  /** Throws unless every size is positive, naming the layer and the sizes. */
  static void requirePositive(String layer, String sizes, int... values) {
    for (int v : values) {
      if (v <= 0) {
        throw new IllegalArgumentException(layer + " expects positive sizes. Received: " + sizes);
      }
    }
  }
}
