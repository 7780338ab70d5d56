package org.neurocanvas.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Stochastic gradient descent with momentum, in the form PyTorch uses: v = momentum * v + g, then
 * w = w - lr * v. With momentum 0 this is plain SGD and keeps no state.
 */
public final class Sgd implements Optimizer {
  private final double momentum;
  private final Map<String, INDArray> velocities = new HashMap<>();
  private double learningRate;

  /**
   * Creates the optimiser.
   *
   * @param learningRate step size, positive
   * @param momentum decay of the velocity, in [0, 1)
   */
  public Sgd(double learningRate, double momentum) {
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException("Expected momentum in [0, 1). Received: " + momentum);
    }
    this.momentum = momentum;
    setLearningRate(learningRate);
  }

  @Override
  public void step(List<Parameter> parameters) {
    for (Parameter p : parameters) {
      INDArray direction = p.grad();
      if (momentum > 0) {
        direction = velocities.computeIfAbsent(p.name(), name -> Nd4j.zerosLike(p.value()));
        direction.muli(momentum).addi(p.grad());
      }
      // w += (-lr) * direction in place: BLAS calls skip most of an ND4J op's overhead
      Nd4j.getBlasWrapper().level1().axpy(p.size(), -learningRate, direction, p.value());
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
