package org.neurocanvas.engine;

/**
 * Nadam (Dozat, 2016): Adam with Nesterov momentum, in the form PyTorch and Keras use, with the
 * momentum schedule mu_t = beta1 (1 - 0.5 * 0.96^(0.004 t)):
 * <pre>
 *   m = beta1 m + (1 - beta1) g,   v = beta2 v + (1 - beta2) g^2,   P_t = mu_1 ... mu_t
 *   m^ = mu_{t+1} m / (1 - P_t mu_{t+1}) + (1 - mu_t) g / (1 - P_t)
 *   w = w - lr m^ / (sqrt(v / (1 - beta2^t)) + epsilon)
 * </pre>
 */
public final class Nadam extends ElementwiseOptimizer {
  private static final double MOMENTUM_DECAY = 0.004;

  private final double beta1;
  private final double beta2;
  private final double epsilon;

  /** Creates Nadam with beta1 = 0.9, beta2 = 0.999 and epsilon = 1e-7. */
  public Nadam(double learningRate) {
    this(learningRate, 0.9, 0.999, 1e-7);
  }

  /**
   * Creates Nadam.
   *
   * @param learningRate step size, positive
   * @param beta1 decay of the first moment estimate, in [0, 1)
   * @param beta2 decay of the second moment estimate, in [0, 1)
   * @param epsilon added to the denominator, positive
   */
  public Nadam(double learningRate, double beta1, double beta2, double epsilon) {
    super(learningRate);
    this.beta1 = requireFraction("beta1", beta1);
    this.beta2 = requireFraction("beta2", beta2);
    this.epsilon = requirePositive("epsilon", epsilon);
  }

  /** State: m and v; the slot's scalar holds the product of the momentum schedule. */
  @Override
  protected float[][] newState(int size) {
    return new float[][] {new float[size], new float[size]};
  }

  private double mu(int t) {
    return beta1 * (1 - 0.5 * Math.pow(0.96, t * MOMENTUM_DECAY));
  }

  @Override
  protected void update(float[] w, float[] g, int n, Slot slot) {
    float[] m = slot.arrays[0];
    float[] v = slot.arrays[1];
    double mu = mu(slot.step);
    double muNext = mu(slot.step + 1);
    slot.scalar *= mu;
    float momentumScale = (float) (muNext / (1 - slot.scalar * muNext));
    float gradientScale = (float) ((1 - mu) / (1 - slot.scalar));
    float secondBias = (float) (1 - Math.pow(beta2, slot.step));
    float lr = (float) learningRate();
    // Complements are rounded from double: 1 - 0.999f would be off by 1e-5 relative.
    float b1 = (float) beta1;
    float b2 = (float) beta2;
    float c1 = (float) (1 - beta1);
    float c2 = (float) (1 - beta2);
    float eps = (float) epsilon;
    for (int i = 0; i < n; i++) {
      float gi = g[i];
      float mi = b1 * m[i] + c1 * gi;
      float vi = b2 * v[i] + c2 * gi * gi;
      m[i] = mi;
      v[i] = vi;
      float direction = momentumScale * mi + gradientScale * gi;
      w[i] -= lr * direction / ((float) Math.sqrt(vi / secondBias) + eps);
    }
  }
}
