package org.neurocanvas.engine;

/**
 * Stochastic gradient descent with momentum, in the form PyTorch uses: v = momentum v + g, then w
 * = w - lr v; with Nesterov momentum, w = w - lr (g + momentum v). With momentum 0 this is plain
 * SGD and keeps no state.
 */
public final class Sgd extends ElementwiseOptimizer {
  private final double momentum;
  private final boolean nesterov;

  /**
   * Creates the optimiser with classical momentum.
   *
   * @param learningRate step size, positive
   * @param momentum decay of the velocity, in [0, 1)
   */
  public Sgd(double learningRate, double momentum) {
    this(learningRate, momentum, false);
  }

  /**
   * Creates the optimiser.
   *
   * @param learningRate step size, positive
   * @param momentum decay of the velocity, in [0, 1)
   * @param nesterov whether to step along g + momentum v (Nesterov) rather than v
   */
  public Sgd(double learningRate, double momentum, boolean nesterov) {
    super(learningRate);
    this.momentum = requireFraction("momentum", momentum);
    this.nesterov = nesterov;
  }

  @Override
  protected float[][] newState(int size) {
    return momentum > 0 ? new float[][] {new float[size]} : new float[0][];
  }

  @Override
  protected void update(float[] w, float[] g, int n, Slot slot) {
    float lr = (float) learningRate();
    if (momentum == 0) {
      for (int i = 0; i < n; i++) {
        w[i] -= lr * g[i];
      }
      return;
    }
    float[] v = slot.arrays[0];
    float mu = (float) momentum;
    for (int i = 0; i < n; i++) {
      v[i] = mu * v[i] + g[i];
      w[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i]);
    }
  }
}
