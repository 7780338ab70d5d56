package org.neurocanvas.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam (Kingma and Ba, 2015) through libnd4j's fused {@code adam_updater}, then a BLAS axpy
 * that applies the update in place: two native calls per parameter and step.
 *
 * <p>At step t (from 1) with gradient g:
 * <pre>
 *   m = beta1 m + (1 - beta1) g
 *   v = beta2 v + (1 - beta2) g^2
 *   w = w - lr sqrt(1 - beta2^t) / (1 - beta1^t) m / (sqrt(v) + epsilon)
 * </pre>
 * This is the paper's "more efficient" ordering (as in TensorFlow): the textbook form with epsilon
 * scaled by 1 / sqrt(1 - beta2^t), a difference that only shows for tiny gradients.
 */
public final class Adam implements Optimizer {
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final Map<String, State> states = new HashMap<>();
  private double learningRate;

  /** First and second moment estimates, the update buffer and the step count of a parameter. */
  private static final class State {
    final INDArray m;
    final INDArray v;
    final INDArray update;
    int iteration;

    State(INDArray like) {
      m = Nd4j.zerosLike(like);
      v = Nd4j.zerosLike(like);
      update = Nd4j.zerosLike(like);
    }
  }

  /** Creates Adam with the usual beta1 = 0.9, beta2 = 0.999 and epsilon = 1e-8. */
  public Adam(double learningRate) {
    this(learningRate, 0.9, 0.999, 1e-8);
  }

  /**
   * Creates Adam.
   *
   * @param lr step size, positive
   * @param beta1 decay of the first moment estimate, in [0, 1)
   * @param beta2 decay of the second moment estimate, in [0, 1)
   * @param epsilon added to the denominator for stability, positive
   */
  public Adam(double lr, double beta1, double beta2, double epsilon) {
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
      throw new IllegalArgumentException("Expected beta1 and beta2 in [0, 1) and epsilon > 0. "
          + "Received: beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon);
    }
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
    setLearningRate(lr);
  }

  @Override
  public void step(List<Parameter> parameters) {
    for (Parameter p : parameters) {
      State s = states.computeIfAbsent(p.name(), name -> new State(p.value()));
      // Writes the update and the new moments in place; the op counts iterations from 0.
      Nd4j.exec(new AdamUpdater(p.grad(), s.v, s.m, s.update, s.v, s.m,
          learningRate, beta1, beta2, epsilon, s.iteration++));
      Nd4j.getBlasWrapper().level1().axpy(p.size(), -1.0, s.update, p.value()); // w -= update
    }
  }

  @Override
  public double learningRate() {
    return learningRate;
  }

  @Override
  public void setLearningRate(double lr) {
    if (!(lr > 0) || Double.isInfinite(lr)) {
      throw new IllegalArgumentException("Expected a positive learning rate. Received: " + lr);
    }
    this.learningRate = lr;
  }
}
