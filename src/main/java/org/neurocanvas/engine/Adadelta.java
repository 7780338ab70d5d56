package org.neurocanvas.engine;

/**
 * Adadelta (Zeiler, 2012): scales each step by the ratio of running RMS values of past updates and
 * past gradients, so the step has the units of the weights.
 * <pre>
 *   s = rho s + (1 - rho) g^2
 *   d = sqrt(u + epsilon) / sqrt(s + epsilon) g
 *   u = rho u + (1 - rho) d^2
 *   w = w - lr d
 * </pre>
 * Defaults rho = 0.95 and epsilon = 1e-7 are Keras's; the paper's learning rate is 1.
 */
public final class Adadelta extends ElementwiseOptimizer {
  private final double rho;
  private final double epsilon;

  /** Creates Adadelta with rho = 0.95 and epsilon = 1e-7. */
  public Adadelta(double learningRate) {
    this(learningRate, 0.95, 1e-7);
  }

  /**
   * Creates Adadelta.
   *
   * @param learningRate scale of each step, positive
   * @param rho decay of both running averages, in [0, 1)
   * @param epsilon added under both square roots, positive
   */
  public Adadelta(double learningRate, double rho, double epsilon) {
    super(learningRate);
    this.rho = requireFraction("rho", rho);
    this.epsilon = requirePositive("epsilon", epsilon);
  }

  @Override
  protected float[][] newState(int size) {
    return new float[][] {new float[size], new float[size]};
  }

  @Override
  protected void update(float[] w, float[] g, int n, Slot slot) {
    float[] s = slot.arrays[0];
    float[] u = slot.arrays[1];
    float lr = (float) learningRate();
    // Complements are rounded from double: 1 - 0.999f would be off by 1e-5 relative.
    float r = (float) rho;
    float c = (float) (1 - rho);
    float eps = (float) epsilon;
    for (int i = 0; i < n; i++) {
      float gi = g[i];
      float si = r * s[i] + c * gi * gi;
      float d = (float) Math.sqrt(u[i] + eps) / (float) Math.sqrt(si + eps) * gi;
      s[i] = si;
      u[i] = r * u[i] + c * d * d;
      w[i] -= lr * d;
    }
  }
}
