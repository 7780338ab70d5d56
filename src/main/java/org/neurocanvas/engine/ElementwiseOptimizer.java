package org.neurocanvas.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The shared part of optimisers whose rule works element by element: per-parameter state, the
 * step count, gradient clipping, the L2 penalty and decoupled weight decay. Subclasses write only
 * the update rule, as one loop over plain Java arrays.
 *
 * <p>Why plain Java: the update is a few flops per element. Each step bulk-copies the gradient
 * and the value out of the native buffers into float arrays, runs the rule there and copies the
 * value back; the JIT vectorises these loops. Adam ran about 8x faster this way than libnd4j's
 * {@code adam_updater} plus an axpy, in the same process (~2 against ~16 ns/element). Parameters,
 * gradients and state are float32, as training is (float64 is for gradient checks, which never
 * step).
 *
 * <p>Order within a step, as PyTorch and Keras apply them: the gradient is clipped by global
 * norm, then by value; the L2 penalty adds l2 w to it (the gradient of l2/2 ||w||², PyTorch's
 * {@code weight_decay} outside AdamW); decoupled weight decay shrinks w by lr wd w (AdamW); then
 * the rule runs. Clipping and the penalty act on a copy: the parameters' gradients stay
 * untouched.
 */
public abstract class ElementwiseOptimizer implements Optimizer {
  /** The state of one parameter: what {@link #newState} made, a scalar and the step count. */
  protected static final class Slot {
    /** Per-element state, such as Adam's m and v. */
    final float[][] arrays;
    /** A per-parameter number a rule may keep in double precision (Nadam's momentum product). */
    double scalar = 1;
    /** The number of the step under way for this parameter, from 1. */
    int step;

    Slot(float[][] arrays) {
      this.arrays = arrays;
    }
  }

  private final Map<String, Slot> slots = new HashMap<>();
  private double learningRate;
  private double l2;
  private double weightDecay;
  private double clipNorm;
  private double clipValue;
  private float[] values = new float[0];
  private float[] grads = new float[0];

  /** Creates the optimiser with a positive learning rate; the rules live in this package. */
  ElementwiseOptimizer(double learningRate) {
    setLearningRate(learningRate);
  }

  /** Allocates the per-element state of a parameter of {@code size} elements ({m, v} for Adam). */
  protected abstract float[][] newState(int size);

  /**
   * Applies the rule to the first {@code n} elements of {@code w} in place.
   *
   * @param w the parameter's values
   * @param g its gradient, already clipped and penalised
   * @param slot this parameter's state ({@code slot.arrays} from {@link #newState}) and step
   */
  protected abstract void update(float[] w, float[] g, int n, Slot slot);

  @Override
  public final void step(List<Parameter> parameters) {
    double scale = clipNorm > 0 ? clipScale(parameters) : 1;
    for (Parameter p : parameters) {
      int n = Math.toIntExact(p.size());
      ensureCapacity(n);
      read(p.grad(), grads, n);
      read(p.value(), values, n);
      if (scale != 1 || clipValue > 0 || l2 > 0 || weightDecay > 0) {
        prepare(n, scale);
      }
      Slot slot = slots.computeIfAbsent(p.name(), name -> new Slot(newState(n)));
      slot.step++;
      update(values, grads, n, slot);
      write(values, p.value(), n);
    }
  }

  private void prepare(int n, double scale) {
    float s = (float) scale;
    float penalty = (float) l2;
    float shrink = (float) (1 - learningRate * weightDecay);
    float c = clipValue > 0 ? (float) clipValue : Float.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      float g = Math.max(-c, Math.min(c, grads[i] * s));
      grads[i] = g + penalty * values[i];
      values[i] *= shrink;
    }
  }

  /** The factor that brings the global gradient norm down to {@code clipNorm}, or 1. */
  private double clipScale(List<Parameter> parameters) {
    double sum = 0;
    for (Parameter p : parameters) {
      int n = Math.toIntExact(p.size());
      ensureCapacity(n);
      read(p.grad(), grads, n);
      for (int i = 0; i < n; i++) {
        sum += (double) grads[i] * grads[i];
      }
    }
    double norm = Math.sqrt(sum);
    return norm > clipNorm ? clipNorm / norm : 1;
  }

  // Through the buffer's indexer: a bulk copy, where asNioFloat() first makes a direct buffer
  // through JNI (1-6 us, three times per parameter and step).
  private static void read(INDArray a, float[] to, int n) {
    requireDense(a);
    ((FloatIndexer) a.data().indexer()).get(0, to, 0, n);
  }

  private static void write(float[] from, INDArray a, int n) {
    ((FloatIndexer) a.data().indexer()).put(0, from, 0, n);
  }

  private static void requireDense(INDArray a) {
    if (a.dataType() != DataType.FLOAT || a.isView() || a.offset() != 0
        || a.length() != a.data().length()) {
      throw new IllegalArgumentException("Optimisers update float32 parameters that own their "
          + "whole buffer. Received: " + a.dataType() + (a.isView() ? " view" : ""));
    }
  }

  private void ensureCapacity(int n) {
    if (values.length < n) {
      values = new float[n];
      grads = new float[n];
    }
  }

  /**
   * Adds {@code lambda w} to every gradient before the rule (L2 regularisation, PyTorch's
   * {@code weight_decay} for SGD and Adam). Returns this optimiser, for chaining.
   */
  public ElementwiseOptimizer l2Penalty(double lambda) {
    this.l2 = requireNonNegative("L2 penalty", lambda);
    return this;
  }

  /**
   * Shrinks every parameter by {@code lr decay w} before the rule, outside the gradient (decoupled
   * weight decay, as in AdamW). Returns this optimiser, for chaining.
   */
  public ElementwiseOptimizer weightDecay(double decay) {
    this.weightDecay = requireNonNegative("weight decay", decay);
    return this;
  }

  /**
   * Scales all gradients together so that their global L2 norm is at most {@code maxNorm}
   * (PyTorch's {@code clip_grad_norm_}, Keras's {@code global_clipnorm}); 0 turns it off.
   */
  public ElementwiseOptimizer clipNorm(double maxNorm) {
    this.clipNorm = requireNonNegative("clip norm", maxNorm);
    return this;
  }

  /** Clamps every gradient element to [-limit, limit]; 0 turns it off. */
  public ElementwiseOptimizer clipValue(double limit) {
    this.clipValue = requireNonNegative("clip value", limit);
    return this;
  }

  @Override
  public final double learningRate() {
    return learningRate;
  }

  @Override
  public final void setLearningRate(double lr) {
    if (!(lr > 0) || Double.isInfinite(lr)) {
      throw new IllegalArgumentException("Expected a positive learning rate. Received: " + lr);
    }
    this.learningRate = lr;
  }

  /** Throws unless {@code value} is in [0, 1), naming the setting. */
  static double requireFraction(String what, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException("Expected " + what + " in [0, 1). Received: " + value);
    }
    return value;
  }

  /** Throws unless {@code value} is positive and finite, naming the setting. */
  static double requirePositive(String what, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("Expected a positive " + what + ". Received: " + value);
    }
    return value;
  }

  private static double requireNonNegative(String what, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "Expected a " + what + " of 0 or more. Received: " + value);
    }
    return value;
  }
}
