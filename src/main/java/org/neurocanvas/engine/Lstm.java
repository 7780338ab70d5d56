package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A long short-term memory layer (Hochreiter and Schmidhuber, 1997) over sequences [batch, time,
 * features], as Keras's LSTM: gates i, f, o = sigmoid, candidate and output tanh, and
 * <pre>
 *   c_t = f c_{t-1} + i tanh(x_t W_c + h_{t-1} U_c + b_c),   h_t = o tanh(c_t)
 * </pre>
 * from zero initial states. Parameters are Keras's, gates in Keras's order i, f, c, o along the
 * last axis: {@code name/W} [features, 4 units] (kernel), {@code name/U} [units, 4 units]
 * (recurrent kernel) and {@code name/b} [4 units], whose forget part starts at 1.
 *
 * <p>The whole time loop runs in libnd4j's {@code lstmLayer}, and backward in {@code
 * lstmLayer_bp}. The output is the last step's h, [batch, units], or every step's, [batch, time,
 * units], when {@code returnSequences}.
 */
public final class Lstm implements Op {
  /** lstmLayer's codes: data format [batch, time, features]; forward only; sigmoid and tanh. */
  private static final long BATCH_TIME_FEATURES = 1;
  private static final long FORWARD = 0;
  private static final long SIGMOID = 2;
  private static final long TANH = 0;

  private final String name;
  private final int features;
  private final int units;
  private final boolean returnSequences;
  private final DataType type;
  private final Parameter kernel;
  private final Parameter recurrentKernel;
  private final Parameter bias;
  private final INDArray kernelGrad;
  private final INDArray recurrentGrad;
  private final INDArray biasGrad;
  private final NativeOp layer;
  private final NativeOp layerGradient;
  private INDArray input;
  private INDArray output;
  private INDArray gradInput;

  /**
   * Creates an LSTM layer.
   *
   * @param name unique layer name, prefix of the parameter names
   * @param features size of each time step's input
   * @param units size of the hidden state
   * @param returnSequences whether to output h at every step rather than at the last one
   * @param type floating-point data type
   * @param seed seed of the weight draws
   */
  public Lstm(String name, int features, int units, boolean returnSequences, DataType type,
      long seed) {
    if (features <= 0 || units <= 0) {
      throw new IllegalArgumentException("LSTM " + name + " expects positive sizes. Received: "
          + "features=" + features + ", units=" + units);
    }
    this.name = name;
    this.features = features;
    this.units = units;
    this.returnSequences = returnSequences;
    this.type = type;
    kernel = new Parameter(name + "/W", Initializer.GLOROT_UNIFORM.create(
        new long[] {features, 4L * units}, features, 4 * units, type, seed));
    recurrentKernel = new Parameter(name + "/U", Initializer.ORTHOGONAL.create(
        new long[] {units, 4L * units}, units, 4 * units, type, seed + 1));
    INDArray b = Nd4j.zeros(type, 4L * units);
    b.get(NDArrayIndex.interval(units, 2L * units)).assign(1);
    bias = new Parameter(name + "/b", b); // Keras's unit_forget_bias: remember by default
    kernelGrad = Nd4j.zerosLike(kernel.value());
    recurrentGrad = Nd4j.zerosLike(recurrentKernel.value());
    biasGrad = Nd4j.zerosLike(bias.value());
    long[] ints = {BATCH_TIME_FEATURES, FORWARD, SIGMOID, TANH, TANH};
    // Flags: biases, sequence lengths, initial h, initial c, peepholes, full sequence, last h, last c.
    boolean[] flags = {true, false, false, false, false, returnSequences, !returnSequences, false};
    layer = new NativeOp("lstmLayer", 4, 1, ints, 0.0).withFlags(flags);
    if (returnSequences) {
      // oneDNN's float32 lstmLayer fails ("object is not initialized") when asked for every step.
      layer.withoutPlatformHelpers();
    }
    layerGradient = new NativeOp("lstmLayer_bp", 5, 4, ints, 0.0).withFlags(flags);
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 3 || x.size(2) != features) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, time, "
          + features + "]. Received: " + Arrays.toString(x.shape()));
    }
    input = x.dataType() == type ? x : x.castTo(type);
    output = returnSequences ? Tensors.reuse(output, type, x.size(0), x.size(1), units)
        : Tensors.reuse(output, type, x.size(0), units);
    layer.run(new INDArray[] {input, kernel.value(), recurrentKernel.value(), bias.value()}, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, output, this);
    gradInput = Tensors.reuse(gradInput, type, input.shape());
    layerGradient.run(new INDArray[] {input, kernel.value(), recurrentKernel.value(), bias.value(),
        gradOutput}, gradInput, kernelGrad, recurrentGrad, biasGrad);
    kernel.accumulateGrad(kernelGrad);
    recurrentKernel.accumulateGrad(recurrentGrad);
    bias.accumulateGrad(biasGrad);
    return new INDArray[] {gradInput};
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(kernel, recurrentKernel, bias);
  }

  @Override
  public String toString() {
    return "LSTM " + name + " (" + units + " units" + (returnSequences ? ", sequences" : "") + ")";
  }
}
