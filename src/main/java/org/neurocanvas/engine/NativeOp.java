package org.neurocanvas.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One libnd4j custom op bound to its own reusable {@link OpContext}: arguments are set once and
 * arrays only when they change. Building a {@code DynamicCustomOp} per call (or going through
 * {@code Nd4j.gemm}) costs 50-100 us on the Java side, a context call about a third of that,
 * which is most of the time of a small layer.
 *
 * <p>Each op instance owns its NativeOps, so, like the ops, they are used from one thread.
 */
final class NativeOp {
  private final DynamicCustomOp op;
  private final OpContext context;
  private final INDArray[] inputs;
  private final INDArray[] outputs;
  private boolean helpersAllowed = true;

  /**
   * Binds an op by its libnd4j name.
   *
   * @param name for example {@code "conv2d"}
   * @param inputCount number of input arrays each call passes
   * @param outputCount number of output arrays each call passes
   * @param intArgs the op's integer arguments
   * @param floatArgs the op's floating-point arguments
   */
  NativeOp(String name, int inputCount, int outputCount, long[] intArgs, double... floatArgs) {
    this.op = DynamicCustomOp.builder(name).build();
    this.context = Nd4j.getExecutioner().buildContext();
    this.inputs = new INDArray[inputCount];
    this.outputs = new INDArray[outputCount];
    context.setIArguments(intArgs);
    context.setTArguments(floatArgs);
  }

  /** Sets the op's boolean arguments (flags such as lstmLayer's "has biases"). */
  NativeOp withFlags(boolean... flags) {
    context.setBArguments(flags);
    return this;
  }

  /**
   * Runs libnd4j's own kernel even where a platform helper (oneDNN) exists: for cases the helper
   * rejects in 1.0.0-M2.1: dilated float32 convolutions ("could not create a descriptor for a
   * dilated convolution forward propagation primitive") and an LSTM returning every step ("object
   * is not initialized").
   */
  NativeOp withoutPlatformHelpers() {
    context.allowHelpers(false);
    helpersAllowed = false;
    return this;
  }

  /** An op with no arguments. */
  NativeOp(String name, int inputCount, int outputCount) {
    this(name, inputCount, outputCount, new long[0]);
  }

  /** Runs the op on these arrays; outputs are written in place. */
  void run(INDArray[] in, INDArray... out) {
    if (in.length != inputs.length || out.length != outputs.length) {
      throw new IllegalArgumentException(op.opName() + " expects " + inputs.length + " inputs and "
          + outputs.length + " outputs. Received: " + in.length + " and " + out.length);
    }
    for (int i = 0; i < in.length; i++) {
      if (inputs[i] != in[i]) {
        inputs[i] = in[i];
        context.setInputArray(i, in[i]);
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (outputs[i] != out[i]) {
        outputs[i] = out[i];
        context.setOutputArray(i, out[i]);
      }
    }
    if (helpersAllowed) {
      Nd4j.getExecutioner().exec(op, context);
      return;
    }
    // Ops such as conv1d run conv2d as an inner op that does not inherit the context's setting,
    // so the process-wide switch is turned off for the call. Ops another thread runs meanwhile
    // also take libnd4j's own kernels: slower, and rounded differently from oneDNN's.
    Environment environment = Nd4j.getEnvironment();
    boolean before = environment.helpersAllowed();
    environment.allowHelpers(false);
    try {
      Nd4j.getExecutioner().exec(op, context);
    } finally {
      environment.allowHelpers(before);
    }
  }

  /** Shorthand for a single-input op. */
  void run(INDArray in, INDArray... out) {
    run(new INDArray[] {in}, out);
  }
}
