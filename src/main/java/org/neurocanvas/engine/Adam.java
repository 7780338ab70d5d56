package org.neurocanvas.engine;

/**
 * Adam (Kingma and Ba, 2015). At step t (from 1) with gradient g:
 * <pre>
 *   m = beta1 m + (1 - beta1) g
 *   v = beta2 v + (1 - beta2) g^2
 *   w = w - lr sqrt(1 - beta2^t) / (1 - beta1^t) m / (sqrt(v) + epsilon)
 * </pre>
 * This is the paper's "more efficient" ordering (as in TensorFlow): the textbook form with epsilon
 * scaled by 1 / sqrt(1 - beta2^t), a difference that only shows for tiny gradients. With {@link
 * #weightDecay} it is AdamW (Loshchilov and Hutter, 2019).
 */
public final class Adam extends ElementwiseOptimizer {
  private final double beta1;
  private final double beta2;
  private final double epsilon;

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
    super(lr);
    this.beta1 = requireFraction("beta1", beta1);
    this.beta2 = requireFraction("beta2", beta2);
    this.epsilon = requirePositive("epsilon", epsilon);
  }

  /** AdamW: Adam with decoupled weight decay {@code decay} (PyTorch's default is 0.01). */
  public static Adam adamW(double lr, double decay) {
    Adam adam = new Adam(lr);
    adam.weightDecay(decay);
    return adam;
  }

  @Override
  protected float[][] newState(int size) {
    return new float[][] {new float[size], new float[size]};
  }

  @Override
  protected void update(float[] w, float[] g, int n, Slot slot) {
    float[] m = slot.arrays[0];
    float[] v = slot.arrays[1];
    // Complements are rounded from double: 1 - 0.999f would be off by 1e-5 relative.
    float b1 = (float) beta1;
    float b2 = (float) beta2;
    float c1 = (float) (1 - beta1);
    float c2 = (float) (1 - beta2);
    float eps = (float) epsilon;
    float alpha = (float) (learningRate() * Math.sqrt(1 - Math.pow(beta2, slot.step))
        / (1 - Math.pow(beta1, slot.step)));
    for (int i = 0; i < n; i++) {
      float gi = g[i];
      float mi = b1 * m[i] + c1 * gi;
      float vi = b2 * v[i] + c2 * gi * gi;
      m[i] = mi;
      v[i] = vi;
      w[i] -= alpha * mi / ((float) Math.sqrt(vi) + eps);
    }
  }
}
