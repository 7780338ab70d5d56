package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adds any number of same-shaped inputs element by element: the join of a residual (skip)
 * connection. Forward is one {@code mergeadd} call; backward hands the output gradient to every
 * input unchanged.
 */
public final class Add implements Op {
  private INDArray output;
  private int inputCount;
  private NativeOp sum;

  /** Creates the op; it has no settings. */
  public Add() {}

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    if (inputs.length < 2) {
      throw new IllegalArgumentException(this + " expects at least 2 inputs. Received: "
          + inputs.length);
    }
    for (INDArray x : inputs) {
      if (!Arrays.equals(x.shape(), inputs[0].shape()) || x.dataType() != inputs[0].dataType()) {
        throw new IllegalArgumentException(this + " expects inputs of one shape and type. "
            + "Received: "
            + Arrays.toString(x.shape()) + " " + x.dataType() + " and "
            + Arrays.toString(inputs[0].shape()) + " " + inputs[0].dataType());
      }
    }
    if (sum == null || inputCount != inputs.length) {
      sum = new NativeOp("mergeadd", inputs.length, 1);
    }
    inputCount = inputs.length;
    output = Tensors.reuse(output, inputs[0].dataType(), inputs[0].shape());
    sum.run(inputs, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(output, this);
    Tensors.requireSameShape(gradOutput, output, this);
    INDArray[] grads = new INDArray[inputCount];
    Arrays.fill(grads, gradOutput); // read-only: the program sums gradients out of place
    return grads;
  }

  @Override
  public String toString() {
    return "Add";
  }
}
