package org.neurocanvas.engine;

/**
 * RMSprop (Hinton, 2012): divides each step by a running root mean square of the gradients.
 * <pre>
 *   s = rho s + (1 - rho) g^2
 *   w = w - lr g / (sqrt(s) + epsilon)
 * </pre>
 * As PyTorch writes it; the defaults rho = 0.9 and epsilon = 1e-7 are Keras's.
 */
public final class RmsProp extends ElementwiseOptimizer {
  private final double rho;
  private final double epsilon;

  /** Creates RMSprop with rho = 0.9 and epsilon = 1e-7. */
  public RmsProp(double learningRate) {
    this(learningRate, 0.9, 1e-7);
  }

  /**
   * Creates RMSprop.
   *
   * @param learningRate step size, positive
   * @param rho decay of the mean square, in [0, 1)
   * @param epsilon added to the denominator, positive
   */
  public RmsProp(double learningRate, double rho, double epsilon) {
    super(learningRate);
    this.rho = requireFraction("rho", rho);
    this.epsilon = requirePositive("epsilon", epsilon);
  }

  @Override
  protected float[][] newState(int size) {
    return new float[][] {new float[size]};
  }

  @Override
  protected void update(float[] w, float[] g, int n, Slot slot) {
    float[] s = slot.arrays[0];
    float lr = (float) learningRate();
    // Complements are rounded from double: 1 - 0.999f would be off by 1e-5 relative.
    float r = (float) rho;
    float c = (float) (1 - rho);
    float eps = (float) epsilon;
    for (int i = 0; i < n; i++) {
      float gi = g[i];
      float si = r * s[i] + c * gi * gi;
      s[i] = si;
      w[i] -= lr * gi / ((float) Math.sqrt(si) + eps);
    }
  }
}
