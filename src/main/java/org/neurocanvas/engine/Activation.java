package org.neurocanvas.engine;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Applies an {@link ActivationFunction} element-wise. One ND4J call per pass: the libnd4j
 * {@code _bp} ops compute the gradient from the cached input, for example
 * gradOut * (1 - tanh(x)^2) for tanh.
 */
public final class Activation implements Op {
  private final ActivationFunction function;
  private INDArray input;
  private INDArray output;
  private INDArray gradInput;

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
    exec(function.opName, output, x);
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
    exec(function.gradientOpName, gradInput, input, gradOutput);
    return new INDArray[] {gradInput};
  }

  private void exec(String opName, INDArray out, INDArray... in) {
    DynamicCustomOp.DynamicCustomOpsBuilder op =
        DynamicCustomOp.builder(opName).addInputs(in).addOutputs(out);
    if (function == ActivationFunction.RELU) {
      op.addFloatingPointArguments(0.0); // the threshold, which libnd4j's relu requires
    }
    Nd4j.exec(op.build());
  }

  @Override
  public String toString() {
    return "Activation(" + function + ")";
  }
}
