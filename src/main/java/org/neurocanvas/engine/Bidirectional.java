package org.neurocanvas.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Runs one recurrent layer ({@link Lstm}, {@link Gru} or {@link SimpleRnn}) forwards in time and
 * another on the time-reversed sequence, and joins their features, as Keras's Bidirectional with
 * merge mode "concat": [batch, forward units + backward units] for the last step, or [batch, time,
 * forward units + backward units] for sequences, the backward layer's steps put back in time
 * order so that step t of both halves belongs to input step t.
 *
 * <p>Parameters are the forward layer's then the backward layer's, under their own names (say
 * {@code bi/forward/W} ... {@code bi/backward/W} ...).
 */
public final class Bidirectional implements Op {
  /** libnd4j's reverse along axis 1, the time axis of [batch, time, ...]. */
  private static final long[] TIME_AXIS = {1};

  private final Op forwardLayer;
  private final Op backwardLayer;
  private final NativeOp reverseInput = new NativeOp("reverse", 1, 1, TIME_AXIS);
  private final NativeOp reverseOutput = new NativeOp("reverse", 1, 1, TIME_AXIS);
  private final NativeOp reverseGradOutput = new NativeOp("reverse", 1, 1, TIME_AXIS);
  private final NativeOp reverseGradInput = new NativeOp("reverse", 1, 1, TIME_AXIS);
  private NativeOp join;
  private INDArray reversedInput;
  private INDArray backwardInTime;
  private INDArray output;
  private INDArray forwardGrad;
  private INDArray backwardGrad;
  private INDArray backwardGradReversed;
  private INDArray gradInput;
  private long forwardUnits;

  /**
   * Wraps two recurrent layers of the same kind of output (last step or sequence).
   *
   * @param forwardLayer the layer that reads the sequence in order
   * @param backwardLayer the layer that reads it in reverse; its parameter names must differ
   * @throws IllegalArgumentException if either is not recurrent, or a parameter name repeats
   */
  public Bidirectional(Op forwardLayer, Op backwardLayer) {
    for (Op op : new Op[] {forwardLayer, backwardLayer}) {
      if (!(Objects.requireNonNull(op, "layer") instanceof RecurrentLayer || op instanceof Lstm)) {
        throw new IllegalArgumentException("Bidirectional expects an LSTM, GRU or SimpleRNN "
            + "layer. Received: " + op);
      }
    }
    Set<String> names = new HashSet<>();
    for (Parameter p : forwardLayer.parameters()) {
      names.add(p.name());
    }
    for (Parameter p : backwardLayer.parameters()) {
      if (names.contains(p.name())) {
        throw new IllegalArgumentException("Bidirectional expects layers with different parameter "
            + "names. Received " + p.name() + " in both " + forwardLayer + " and "
            + backwardLayer);
      }
    }
    this.forwardLayer = forwardLayer;
    this.backwardLayer = backwardLayer;
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 3) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, time, "
          + "features]. Received: " + Arrays.toString(x.shape()));
    }
    INDArray forwardOut = forwardLayer.forward(new INDArray[] {x}, training);
    reversedInput = Tensors.reuse(reversedInput, x.dataType(), x.shape());
    reverseInput.run(x, reversedInput);
    INDArray backwardOut = backwardLayer.forward(new INDArray[] {reversedInput}, training);
    if (forwardOut.rank() != backwardOut.rank()) {
      throw new IllegalArgumentException(this + " expects both layers to return sequences, or "
          + "both the last step only.");
    }
    if (backwardOut.rank() == 3) {
      backwardInTime = Tensors.reuse(backwardInTime, backwardOut.dataType(), backwardOut.shape());
      reverseOutput.run(backwardOut, backwardInTime);
    } else {
      backwardInTime = backwardOut;
    }
    int last = forwardOut.rank() - 1;
    forwardUnits = forwardOut.size(last);
    long[] shape = forwardOut.shape().clone();
    shape[last] += backwardOut.size(last);
    if (join == null || output == null || output.rank() != shape.length) {
      join = new NativeOp("concat", 2, 1, new long[] {last});
    }
    output = Tensors.reuse(output, forwardOut.dataType(), shape);
    join.run(new INDArray[] {forwardOut, backwardInTime}, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(output, this);
    Tensors.requireSameShape(gradOutput, output, this);
    int last = output.rank() - 1;
    long width = output.size(last);
    long[] forwardShape = output.shape().clone();
    forwardShape[last] = forwardUnits;
    long[] backwardShape = output.shape().clone();
    backwardShape[last] = width - forwardUnits;
    forwardGrad = Tensors.reuse(forwardGrad, output.dataType(), forwardShape);
    forwardGrad.assign(gradOutput.get(lastAxis(last, 0, forwardUnits)));
    backwardGrad = Tensors.reuse(backwardGrad, output.dataType(), backwardShape);
    backwardGrad.assign(gradOutput.get(lastAxis(last, forwardUnits, width)));
    INDArray backwardOutGrad = backwardGrad;
    if (last == 2) { // the backward layer's output was reversed back in time
      backwardGradReversed = Tensors.reuse(backwardGradReversed, output.dataType(), backwardShape);
      reverseGradOutput.run(backwardGrad, backwardGradReversed);
      backwardOutGrad = backwardGradReversed;
    }
    INDArray forwardInputGrad = forwardLayer.backward(forwardGrad)[0];
    INDArray reversedInputGrad = backwardLayer.backward(backwardOutGrad)[0];
    gradInput = Tensors.reuse(gradInput, reversedInputGrad.dataType(), reversedInput.shape());
    reverseGradInput.run(reversedInputGrad, gradInput);
    gradInput.addi(forwardInputGrad);
    return new INDArray[] {gradInput};
  }

  private static INDArrayIndex[] lastAxis(int last, long from, long to) {
    INDArrayIndex[] index = new INDArrayIndex[last + 1];
    Arrays.fill(index, NDArrayIndex.all());
    index[last] = NDArrayIndex.interval(from, to);
    return index;
  }

  @Override
  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>(forwardLayer.parameters());
    all.addAll(backwardLayer.parameters());
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "Bidirectional(" + forwardLayer + ", " + backwardLayer + ")";
  }
}
