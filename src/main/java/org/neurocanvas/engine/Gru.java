package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A gated recurrent unit (Cho et al., 2014) over sequences [batch, time, features], in the form
 * PyTorch uses and Keras's GRU with {@code reset_after=True} (its default), from h_0 = 0:
 * <pre>
 *   r = sigmoid(x W_r + b_r + h U_r + c_r)         reset gate
 *   z = sigmoid(x W_z + b_z + h U_z + c_z)         update gate
 *   n = tanh(x W_n + b_n + r * (h U_n + c_n))      candidate
 *   h' = (1 - z) n + z h
 * </pre>
 * Parameters, gates side by side along the last axis in the order <b>r, z, n</b> (PyTorch's
 * order; Keras stores z, r, n): {@code name/W} [features, 3 units] (kernel), {@code name/U}
 * [units, 3 units] (recurrent kernel, orthogonal), {@code name/b} [3 units] (input bias b, zeros)
 * and {@code name/recurrent_b} [3 units] (recurrent bias c, zeros): 3 units (features + units + 2)
 * scalars. The output is the last h, [batch, units], or every step's, [batch, time, units], when
 * {@code returnSequences}.
 *
 * <p>libnd4j's {@code gru} op has one bias and applies r before the product (the other form), so
 * the recurrence is written here: one fused product per step, then the gate arithmetic, as one
 * Java loop over the step's values when a step has at most {@link HostKernels#ELEMENT_LIMIT}
 * batch x units values (in double precision, see {@link HostKernels}), else as a few
 * element-wise libnd4j calls.
 */
public final class Gru extends RecurrentLayer {
  private final Parameter recurrentBias;
  private final NativeOp projectState = new NativeOp("xw_plus_b", 3, 1);
  private final NativeOp addCarriedGradient = matmul(false, true, 1);
  private final NativeOp addStateColumnSums = matmul(false, false, 1);
  /** Element-wise ops through reused contexts: a third of the overhead of INDArray's methods. */
  private final NativeOp add = new NativeOp("add", 2, 1);
  private final NativeOp subtract = new NativeOp("subtract", 2, 1);
  private final NativeOp multiply = new NativeOp("multiply", 2, 1);
  /** h U + c for every step, rows [time x batch, 3 units]. */
  private INDArray projectedState;
  /** r, z and n of every step, rows [time x batch, 3 units]. */
  private INDArray activations;
  private INDArray scratch;
  /** Whether the last forward's gate arithmetic ran in Java; its values are then kept below. */
  private boolean small;
  /** Java copies, time-major: x W + b and h U + c [steps x batch, 3 units], r z n likewise. */
  private double[] inputValues;
  private double[] stateValues;
  private double[] gateValues;
  /** h_0 to h_steps, [(steps + 1) x batch, units]. */
  private double[] hidden;
  /** One step's values: h U + c read back, h written out, dh read, d(h U + c) written out. */
  private double[] stepValues;
  private double[] gradInputValues;
  private double[] gradStepValues;

  /**
   * Creates a GRU layer.
   *
   * @param name unique layer name, prefix of the parameter names
   * @param features size of each time step's input
   * @param units size of the hidden state
   * @param returnSequences whether to output h at every step rather than at the last one
   * @param type floating-point data type
   * @param seed seed of the weight draws
   */
  public Gru(String name, int features, int units, boolean returnSequences, DataType type,
      long seed) {
    super("GRU", name, features, units, 3, returnSequences, type, seed);
    recurrentBias = new Parameter(name + "/recurrent_b", Nd4j.zeros(type, 3L * units));
  }

  @Override
  void runSteps() {
    projectedState = Tensors.reuse(projectedState, type, steps * batch, 3L * units);
    small = batch * units <= HostKernels.ELEMENT_LIMIT && HostKernels.handles(type);
    if (small) {
      runStepsInJava();
      return;
    }
    activations = Tensors.reuse(activations, type, steps * batch, 3L * units);
    for (long t = 0; t < steps; t++) {
      INDArray h = step(states, t);
      projectState.run(new INDArray[] {h, recurrentKernel.value(), recurrentBias.value()},
          step(projectedState, t));
      INDArray resetAndUpdate = gates(activations, t, 0, 2);
      add.run(new INDArray[] {gates(projectedInput, t, 0, 2), gates(projectedState, t, 0, 2)},
          resetAndUpdate);
      Transforms.sigmoid(resetAndUpdate, false);
      INDArray candidate = gate(activations, t, 2);
      multiply.run(new INDArray[] {gate(projectedState, t, 2), gate(activations, t, 0)},
          candidate);
      add.run(new INDArray[] {candidate, gate(projectedInput, t, 2)}, candidate);
      Transforms.tanh(candidate, false);
      INDArray next = step(states, t + 1); // h' = n + z (h - n)
      subtract.run(new INDArray[] {h, candidate}, next);
      multiply.run(new INDArray[] {next, gate(activations, t, 1)}, next);
      add.run(new INDArray[] {next, candidate}, next);
    }
  }

  /** The recurrence with each step's gate arithmetic in one Java loop. */
  private void runStepsInJava() {
    int b = (int) batch;
    int width = 3 * units;
    int size = (int) steps * b * width;
    inputValues = HostKernels.read(projectedInput, inputValues);
    stateValues = grown(stateValues, size);
    gateValues = grown(gateValues, size);
    hidden = grown(hidden, ((int) steps + 1) * b * units);
    Arrays.fill(hidden, 0, b * units, 0);
    for (int t = 0; t < steps; t++) {
      projectState.run(new INDArray[] {step(states, t), recurrentKernel.value(),
          recurrentBias.value()}, step(projectedState, t));
      stepValues = HostKernels.read(step(projectedState, t), stepValues);
      System.arraycopy(stepValues, 0, stateValues, t * b * width, b * width);
      for (int i = 0; i < b; i++) {
        int row = (t * b + i) * width;
        int h = (t * b + i) * units;
        int next = h + b * units;
        for (int u = 0; u < units; u++) {
          double r = sigmoid(inputValues[row + u] + stateValues[row + u]);
          double z = sigmoid(inputValues[row + units + u] + stateValues[row + units + u]);
          double n = Math.tanh(inputValues[row + 2 * units + u]
              + r * stateValues[row + 2 * units + u]);
          gateValues[row + u] = r;
          gateValues[row + units + u] = z;
          gateValues[row + 2 * units + u] = n;
          hidden[next + u] = n + z * (hidden[h + u] - n);
          stepValues[i * units + u] = hidden[next + u];
        }
      }
      HostKernels.write(stepValues, step(states, t + 1));
    }
  }

  private static double sigmoid(double v) {
    return 1 / (1 + Math.exp(-v));
  }

  private static double[] grown(double[] current, int length) {
    return current != null && current.length >= length ? current : new double[length];
  }

  @Override
  void backpropagateSteps(INDArray gradStates) {
    if (small) {
      backpropagateInJava(gradStates);
      return;
    }
    scratch = Tensors.reuse(scratch, type, batch, units);
    for (long t = steps - 1; t >= 0; t--) {
      INDArray dh = step(gradStates, t);
      INDArray h = step(states, t);
      INDArray r = gate(activations, t, 0);
      INDArray z = gate(activations, t, 1);
      INDArray n = gate(activations, t, 2);
      INDArray dReset = gate(gradProjectedInput, t, 0);
      INDArray dUpdate = gate(gradProjectedInput, t, 1);
      INDArray dCandidate = gate(gradProjectedInput, t, 2);
      // Candidate pre-activation: dh (1 - z) (1 - n²).
      z.rsub(1.0, dCandidate);
      multiply.run(new INDArray[] {dCandidate, dh}, dCandidate);
      multiply.run(new INDArray[] {n, n}, scratch);
      scratch.rsubi(1.0);
      multiply.run(new INDArray[] {dCandidate, scratch}, dCandidate);
      // Update pre-activation: dh (h - n) z (1 - z).
      subtract.run(new INDArray[] {h, n}, dUpdate);
      multiply.run(new INDArray[] {dUpdate, dh}, dUpdate);
      z.rsub(1.0, scratch);
      multiply.run(new INDArray[] {scratch, z}, scratch);
      multiply.run(new INDArray[] {dUpdate, scratch}, dUpdate);
      // Reset pre-activation: dCandidate (h U_n + c_n) r (1 - r); h U_n + c_n gets dCandidate r.
      multiply.run(new INDArray[] {dCandidate, gate(projectedState, t, 2)}, dReset);
      r.rsub(1.0, scratch);
      multiply.run(new INDArray[] {scratch, r}, scratch);
      multiply.run(new INDArray[] {dReset, scratch}, dReset);
      // x W and h U meet in the pre-activations of r and z.
      gates(gradProjectedState, t, 0, 2).assign(gates(gradProjectedInput, t, 0, 2));
      multiply.run(new INDArray[] {dCandidate, r}, gate(gradProjectedState, t, 2));
      if (t > 0) { // dh_{t-1} += dh z + d(h U + c) U^T
        INDArray carried = step(gradStates, t - 1);
        multiply.run(new INDArray[] {dh, z}, scratch);
        add.run(new INDArray[] {carried, scratch}, carried);
        addCarriedGradient.run(new INDArray[] {step(gradProjectedState, t),
            recurrentKernel.value()}, carried);
      }
    }
    addStateColumnSums.run(new INDArray[] {ones(), gradProjectedState},
        recurrentBias.grad().reshape(1, 3L * units));
  }

  /** The backward recurrence with each step's gate arithmetic in one Java loop. */
  private void backpropagateInJava(INDArray gradStates) {
    int b = (int) batch;
    int width = 3 * units;
    gradInputValues = grown(gradInputValues, (int) steps * b * width);
    gradStepValues = grown(gradStepValues, b * width);
    // dh z of the step after, carried back to h_t alongside d(h U + c) U^T.
    double[] carried = new double[b * units];
    for (int t = (int) steps - 1; t >= 0; t--) {
      stepValues = HostKernels.read(step(gradStates, t), stepValues);
      for (int i = 0; i < b; i++) {
        int row = (t * b + i) * width;
        int h = (t * b + i) * units;
        for (int u = 0; u < units; u++) {
          double dh = stepValues[i * units + u] + carried[i * units + u];
          double r = gateValues[row + u];
          double z = gateValues[row + units + u];
          double n = gateValues[row + 2 * units + u];
          double candidate = dh * (1 - z) * (1 - n * n);
          double update = dh * (hidden[h + u] - n) * z * (1 - z);
          double reset = candidate * stateValues[row + 2 * units + u] * r * (1 - r);
          gradInputValues[row + u] = reset;
          gradInputValues[row + units + u] = update;
          gradInputValues[row + 2 * units + u] = candidate;
          gradStepValues[i * width + u] = reset;
          gradStepValues[i * width + units + u] = update;
          gradStepValues[i * width + 2 * units + u] = candidate * r;
          carried[i * units + u] = dh * z;
        }
      }
      HostKernels.write(gradStepValues, step(gradProjectedState, t));
      if (t > 0) { // dh_{t-1} += d(h U + c) U^T here; dh z joins it at the next step's read
        addCarriedGradient.run(new INDArray[] {step(gradProjectedState, t),
            recurrentKernel.value()}, step(gradStates, t - 1));
      }
    }
    HostKernels.write(gradInputValues, gradProjectedInput);
    addStateColumnSums.run(new INDArray[] {ones(), gradProjectedState},
        recurrentBias.grad().reshape(1, 3L * units));
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(kernel, recurrentKernel, bias, recurrentBias);
  }

  @Override
  public String toString() {
    return "GRU " + name + " (" + units + " units" + (returnSequences ? ", sequences" : "") + ")";
  }
}
