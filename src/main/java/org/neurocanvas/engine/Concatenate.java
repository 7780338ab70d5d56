package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Joins any number of inputs along one axis of the sample (counted without the batch, negative
 * from the end, as Keras counts it: -1 joins the channels of NHWC images). Forward is one {@code
 * concat} call; backward copies each input's slice of the output gradient.
 */
public final class Concatenate implements Op {
  private final int axis;
  private INDArray output;
  private INDArray[] gradInputs = new INDArray[0];
  private long[][] inputShapes;
  private int arrayAxis;
  private NativeOp join;
  private int boundAxis;

  /**
   * Creates the op.
   *
   * @param axis axis of the sample to join along; -1 is the last
   */
  public Concatenate(int axis) {
    this.axis = axis;
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    if (inputs.length < 2) {
      throw new IllegalArgumentException(this + " expects at least 2 inputs. Received: "
          + inputs.length);
    }
    int rank = inputs[0].rank();
    arrayAxis = axis < 0 ? rank + axis : axis + 1;
    if (arrayAxis < 1 || arrayAxis >= rank) {
      throw new IllegalArgumentException(this + " cannot join inputs of shape "
          + Arrays.toString(inputs[0].shape()) + ": the sample has only " + (rank - 1) + " axes.");
    }
    long[] shape = inputs[0].shape().clone();
    shape[arrayAxis] = 0;
    int previousCount = inputShapes == null ? 0 : inputShapes.length;
    inputShapes = new long[inputs.length][];
    for (int k = 0; k < inputs.length; k++) {
      long[] s = inputs[k].shape();
      for (int d = 0; d < rank; d++) {
        if (s.length != rank || d != arrayAxis && s[d] != inputs[0].size(d)
            || inputs[k].dataType() != inputs[0].dataType()) {
          throw new IllegalArgumentException(this + " expects inputs that agree on every other axis"
              + " and in type. Received: " + Arrays.toString(s) + " and "
              + Arrays.toString(inputs[0].shape()));
        }
      }
      inputShapes[k] = s;
      shape[arrayAxis] += s[arrayAxis];
    }
    output = Tensors.reuse(output, inputs[0].dataType(), shape);
    if (join == null || previousCount != inputs.length || boundAxis != arrayAxis) {
      join = new NativeOp("concat", inputs.length, 1, new long[] {arrayAxis});
      boundAxis = arrayAxis;
    }
    join.run(inputs, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(output, this);
    Tensors.requireSameShape(gradOutput, output, this);
    if (gradInputs.length != inputShapes.length) {
      gradInputs = new INDArray[inputShapes.length];
    }
    INDArrayIndex[] index = new INDArrayIndex[output.rank()];
    long from = 0;
    for (int k = 0; k < inputShapes.length; k++) {
      long width = inputShapes[k][arrayAxis];
      for (int d = 0; d < index.length; d++) {
        index[d] = d == arrayAxis ? NDArrayIndex.interval(from, from + width) : NDArrayIndex.all();
      }
      gradInputs[k] = Tensors.reuse(gradInputs[k], output.dataType(), inputShapes[k]);
      gradInputs[k].assign(gradOutput.get(index));
      from += width;
    }
    return gradInputs.clone();
  }

  @Override
  public String toString() {
    return "Concatenate(axis " + axis + ")";
  }
}
