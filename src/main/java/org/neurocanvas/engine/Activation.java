package org.neurocanvas.engine;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Applies an {@link ActivationFunction} element-wise (softmax: along the last axis). One ND4J call
 * per pass for most functions: the libnd4j {@code _bp} ops compute the gradient from the cached
 * input, for example gradOut * (1 - tanh(x)^2) for tanh. Arrays of at most {@link
 * HostKernels#ELEMENT_LIMIT} elements go through Java loops instead (ReLU, leaky ReLU, ELU, tanh,
 * sigmoid), which cost less than the native call's overhead.
 */
public final class Activation implements Op {
  private final ActivationFunction function;
  private INDArray input;
  private INDArray output;
  private INDArray gradInput;
  /** Per-pass intermediate of the composed functions (Φ(x) for GELU, sigmoid(x) for SiLU). */
  private INDArray cache;
  private NativeOp forwardOp;
  private NativeOp backwardOp;
  private int rank;
  /** Whether the last forward ran in Java; then x and y hold its input and output values. */
  private boolean small;
  private double[] x;
  private double[] y;
  private double[] scratch;

  /** Creates an activation op applying {@code f}. */
  public Activation(ActivationFunction f) {
    this.function = Objects.requireNonNull(f, "activation function");
  }

  /** The function this op applies. */
  public ActivationFunction function() {
    return function;
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    input = x;
    if (function == ActivationFunction.LINEAR) {
      return x;
    }
    output = Tensors.reuse(output, x.dataType(), x.shape());
    small = hasJavaForm() && x.length() <= HostKernels.ELEMENT_LIMIT
        && HostKernels.handles(x.dataType());
    if (small) {
      forwardInJava();
      return output;
    }
    switch (function) {
      case GELU -> {
        cache = Tensors.reuse(cache, x.dataType(), x.shape());
        SmoothActivations.gelu(x, cache, output);
      }
      case SILU -> {
        cache = Tensors.reuse(cache, x.dataType(), x.shape());
        SmoothActivations.silu(x, cache, output);
      }
      default -> {
        bind(x.rank());
        forwardOp.run(x, output);
      }
    }
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, input, this);
    if (function == ActivationFunction.LINEAR) {
      return new INDArray[] {gradOutput};
    }
    gradInput = Tensors.reuse(gradInput, input.dataType(), input.shape());
    if (small) {
      backwardInJava(gradOutput);
      return new INDArray[] {gradInput};
    }
    switch (function) {
      case GELU -> SmoothActivations.geluBackward(input, cache, gradOutput, gradInput);
      case SILU -> SmoothActivations.siluBackward(input, cache, gradOutput, gradInput);
      case RELU -> {
        // step(x) * gradOut: libnd4j's relu_bp ran ~3x slower than these two vectorised loops.
        Nd4j.exec(new Step(input, gradInput, 0.0));
        gradInput.muli(gradOutput);
      }
      default -> backwardOp.run(new INDArray[] {input, gradOutput}, gradInput);
    }
    return new INDArray[] {gradInput};
  }

  private boolean hasJavaForm() {
    return switch (function) {
      case RELU, LEAKY_RELU, ELU, TANH, SIGMOID -> true;
      default -> false;
    };
  }

  private void forwardInJava() {
    x = HostKernels.read(input, x);
    int n = (int) input.length();
    if (y == null || y.length < n) {
      y = new double[n];
    }
    double alpha = function.argument == null ? 0 : function.argument;
    for (int i = 0; i < n; i++) {
      double v = x[i];
      y[i] = switch (function) {
        case RELU -> v > 0 ? v : 0;
        case LEAKY_RELU -> v > 0 ? v : alpha * v;
        case ELU -> v > 0 ? v : alpha * (Math.exp(v) - 1);
        case TANH -> Math.tanh(v);
        default -> 1 / (1 + Math.exp(-v)); // sigmoid
      };
    }
    HostKernels.write(y, output);
  }

  /** gradOut times the derivative, from the input and output values the forward kept. */
  private void backwardInJava(INDArray gradOutput) {
    double[] g = scratch = HostKernels.read(gradOutput, scratch);
    int n = (int) input.length();
    double alpha = function.argument == null ? 0 : function.argument;
    for (int i = 0; i < n; i++) {
      double v = x[i];
      double f = y[i];
      g[i] *= switch (function) {
        case RELU -> v > 0 ? 1 : 0;
        case LEAKY_RELU -> v > 0 ? 1 : alpha;
        case ELU -> v > 0 ? 1 : f + alpha; // d/dv alpha (e^v - 1) = alpha e^v
        case TANH -> 1 - f * f;
        default -> f * (1 - f); // sigmoid
      };
    }
    HostKernels.write(g, gradInput);
  }

  /** Binds the libnd4j ops for inputs of this rank (softmax's axis depends on it). */
  private void bind(int inputRank) {
    if (forwardOp != null && rank == inputRank) {
      return;
    }
    rank = inputRank;
    // relu's threshold, the leaky slope or ELU's alpha; softmax's axis is the last.
    double[] floats = function.argument == null ? new double[0] : new double[] {function.argument};
    long[] ints = function == ActivationFunction.SOFTMAX ? new long[] {inputRank - 1} : new long[0];
    forwardOp = new NativeOp(function.opName, 1, 1, ints, floats);
    backwardOp = new NativeOp(function.gradientOpName, 2, 1, ints, floats);
  }

  @Override
  public String toString() {
    return "Activation(" + function.id() + ")";
  }
}
