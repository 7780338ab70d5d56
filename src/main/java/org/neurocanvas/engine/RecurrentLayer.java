package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * What the hand-written recurrent layers share: sequences [batch, steps, features] are laid out
 * time-major as rows [steps x batch, ...], so that step t is the contiguous row block t, and every
 * product that does not depend on the previous state runs once over all steps: the input
 * projection x W + b forward, and the weight gradients and x's gradient backward. Only the
 * recurrence itself loops over steps.
 *
 * <p>Parameters: {@code name/W} [features, gates x units] (kernel, Glorot-uniform), {@code
 * name/U} [units, gates x units] (recurrent kernel, orthogonal) and {@code name/b} [gates x units]
 * (zeros), gates side by side along the last axis. The states start at zero.
 */
abstract class RecurrentLayer implements Op {
  protected final String name;
  protected final int features;
  protected final int units;
  protected final int gates;
  protected final boolean returnSequences;
  protected final DataType type;
  protected final Parameter kernel;
  protected final Parameter recurrentKernel;
  protected final Parameter bias;

  protected long batch;
  protected long steps;
  /** x time-major, rows [steps x batch, features]. */
  protected INDArray inputRows;
  /** x W + b for every step, rows [steps x batch, gates x units]. */
  protected INDArray projectedInput;
  /** h_0 (zeros) to h_steps, rows [(steps + 1) x batch, units]. */
  protected INDArray states;
  /** Gradients of the loss with respect to x W + b and to h U (+ its bias), rows like them. */
  protected INDArray gradProjectedInput;
  protected INDArray gradProjectedState;

  /** Keys of one step's views: (first + 1) (gates + 2) + end + 1 stays below this. */
  private static final long VIEW_KEYS = 64;
  /** Views by buffer, then by step and gate range; emptied when the batch or steps change. */
  private final Map<INDArray, Map<Long, INDArray>> views = new IdentityHashMap<>();
  private final NativeOp projectInput = new NativeOp("xw_plus_b", 3, 1);
  private final NativeOp addInputTransposedProduct = matmul(true, false, 1);
  private final NativeOp addStateTransposedProduct = matmul(true, false, 1);
  private final NativeOp addInputColumnSums = matmul(false, false, 1);
  private final NativeOp inputGradient = matmul(false, true, 0);
  private INDArray ones;
  private INDArray output;
  private INDArray gradStates;
  private INDArray gradInputRows;
  private INDArray gradInput;

  RecurrentLayer(String kind, String name, int features, int units, int gates,
      boolean returnSequences, DataType type, long seed) {
    if (features <= 0 || units <= 0) {
      throw new IllegalArgumentException(kind + " " + name + " expects positive sizes. Received: "
          + "features=" + features + ", units=" + units);
    }
    this.name = name;
    this.features = features;
    this.units = units;
    this.gates = gates;
    this.returnSequences = returnSequences;
    this.type = type;
    kernel = new Parameter(name + "/W", Initializer.GLOROT_UNIFORM.create(
        new long[] {features, (long) gates * units}, features, gates * units, type, seed));
    recurrentKernel = new Parameter(name + "/U", Initializer.ORTHOGONAL.create(
        new long[] {units, (long) gates * units}, units, gates * units, type, seed + 1));
    bias = new Parameter(name + "/b", Nd4j.zeros(type, (long) gates * units));
  }

  /** z = op(x) op(y) + beta z, as libnd4j's matmul with transpose flags. */
  static NativeOp matmul(boolean transposeX, boolean transposeY, double beta) {
    return new NativeOp("matmul", 2, 1, new long[] {transposeX ? 1 : 0, transposeY ? 1 : 0, 0},
        1.0, beta);
  }

  /** Rows {@code step x batch} to {@code (step + 1) x batch} of a time-major array, a view. */
  protected INDArray step(INDArray rows, long step) {
    return view(rows, step, -1, -1);
  }

  /** Gate {@code gate}'s columns (0-based, each {@code units} wide) of one step, a view. */
  protected INDArray gate(INDArray rows, long step, int gate) {
    return view(rows, step, gate, gate + 1);
  }

  /** Gates {@code first} to {@code end - 1} of one step, a view. */
  protected INDArray gates(INDArray rows, long step, int first, int end) {
    return view(rows, step, first, end);
  }

  /**
   * A view of one step of a time-major buffer, all columns if {@code first} is negative, made at
   * most once per buffer: an ND4J {@code get} costs about 100 us, as much as a small product.
   */
  private INDArray view(INDArray rows, long step, int first, int end) {
    Map<Long, INDArray> ofBuffer = views.computeIfAbsent(rows, r -> new HashMap<>());
    return ofBuffer.computeIfAbsent(step * VIEW_KEYS + (first + 1) * (gates + 2) + end + 1, k -> {
      INDArray block = rows.get(NDArrayIndex.interval(step * batch, (step + 1) * batch),
          NDArrayIndex.all());
      return first < 0 ? block : block.get(NDArrayIndex.all(),
          NDArrayIndex.interval((long) first * units, (long) end * units));
    });
  }

  /** Runs the recurrence: fills {@link #states} from {@link #projectedInput}. */
  abstract void runSteps();

  /**
   * Backpropagates through the recurrence, last step first: {@code gradStates} holds, in row block
   * t, the gradient from the output with respect to h_{t+1}; blocks may be changed to add the
   * gradient carried back. Fills {@link #gradProjectedInput} and {@link #gradProjectedState}, and
   * adds the gradients of any parameters beyond W, U and b.
   */
  abstract void backpropagateSteps(INDArray gradStates);

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 3 || x.size(2) != features) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, time, "
          + features + "]. Received: " + Arrays.toString(x.shape()));
    }
    if (x.size(0) != batch || x.size(1) != steps) {
      views.clear(); // the buffers are about to be reallocated
    }
    batch = x.size(0);
    steps = x.size(1);
    long rows = steps * batch;
    inputRows = Tensors.reuse(inputRows, type, rows, features);
    inputRows.reshape('c', steps, batch, features).assign(x.permute(1, 0, 2));
    projectedInput = Tensors.reuse(projectedInput, type, rows, (long) gates * units);
    projectInput.run(new INDArray[] {inputRows, kernel.value(), bias.value()}, projectedInput);
    states = Tensors.reuse(states, type, rows + batch, units);
    step(states, 0).assign(0);
    runSteps();
    INDArray timeMajor = states.get(NDArrayIndex.interval(batch, rows + batch), NDArrayIndex.all())
        .reshape('c', steps, batch, units);
    if (returnSequences) {
      output = Tensors.reuse(output, type, batch, steps, units);
      output.assign(timeMajor.permute(1, 0, 2));
    } else {
      output = Tensors.reuse(output, type, batch, units);
      output.assign(step(states, steps));
    }
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(inputRows, this);
    Tensors.requireSameShape(gradOutput, output, this);
    long rows = steps * batch;
    gradStates = Tensors.reuse(gradStates, type, rows, units);
    if (returnSequences) {
      gradStates.reshape('c', steps, batch, units).assign(gradOutput.permute(1, 0, 2));
    } else {
      gradStates.assign(0);
      step(gradStates, steps - 1).assign(gradOutput);
    }
    gradProjectedInput = Tensors.reuse(gradProjectedInput, type, rows, (long) gates * units);
    gradProjectedState = Tensors.reuse(gradProjectedState, type, rows, (long) gates * units);
    if (ones == null || ones.size(1) != rows) {
      ones = Nd4j.ones(type, 1, rows);
    }
    backpropagateSteps(gradStates);
    INDArray previousStates = states.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
    addInputTransposedProduct.run(new INDArray[] {inputRows, gradProjectedInput}, kernel.grad());
    addStateTransposedProduct.run(new INDArray[] {previousStates, gradProjectedState},
        recurrentKernel.grad());
    addInputColumnSums.run(new INDArray[] {ones, gradProjectedInput},
        bias.grad().reshape(1, (long) gates * units));
    gradInputRows = Tensors.reuse(gradInputRows, type, rows, features);
    inputGradient.run(new INDArray[] {gradProjectedInput, kernel.value()}, gradInputRows);
    gradInput = Tensors.reuse(gradInput, type, batch, steps, features);
    gradInput.assign(gradInputRows.reshape('c', steps, batch, features).permute(1, 0, 2));
    return new INDArray[] {gradInput};
  }

  /** A [1, steps x batch] row of ones: times a rows array, it sums its rows (bias gradients). */
  protected INDArray ones() {
    return ones;
  }
}
