package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Multiplies any number of same-shaped inputs element by element, as Keras's Multiply: the join
 * of a gate or an attention-style branch. The gradient for each input is the output gradient
 * times the product of all the other inputs.
 */
public final class Multiply implements Op {
  private INDArray[] inputs;
  private INDArray output;
  private INDArray[] gradInputs = new INDArray[0];

  /** Creates the op; it has no settings. */
  public Multiply() {}

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    if (inputs.length < 2) {
      throw new IllegalArgumentException(this + " expects at least 2 inputs. Received: "
          + inputs.length);
    }
    for (INDArray x : inputs) {
      if (!Arrays.equals(x.shape(), inputs[0].shape()) || x.dataType() != inputs[0].dataType()) {
        throw new IllegalArgumentException(this + " expects inputs of one shape and type. "
            + "Received: " + Arrays.toString(x.shape()) + " " + x.dataType() + " and "
            + Arrays.toString(inputs[0].shape()) + " " + inputs[0].dataType());
      }
    }
    this.inputs = inputs.clone();
    output = Tensors.reuse(output, inputs[0].dataType(), inputs[0].shape());
    inputs[0].mul(inputs[1], output);
    for (int k = 2; k < inputs.length; k++) {
      output.muli(inputs[k]);
    }
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(output, this);
    Tensors.requireSameShape(gradOutput, output, this);
    if (gradInputs.length != inputs.length) {
      gradInputs = new INDArray[inputs.length];
    }
    // Products of the others rather than output / x_k, which fails where an input is zero.
    for (int k = 0; k < inputs.length; k++) {
      gradInputs[k] = Tensors.reuse(gradInputs[k], output.dataType(), output.shape());
      gradOutput.mul(inputs[k == 0 ? 1 : 0], gradInputs[k]);
      for (int j = k == 0 ? 2 : 1; j < inputs.length; j++) {
        if (j != k) {
          gradInputs[k].muli(inputs[j]);
        }
      }
    }
    return gradInputs.clone();
  }

  @Override
  public String toString() {
    return "Multiply";
  }
}
