package org.neurocanvas.engine;

import java.util.Arrays;

/**
 * AdaGrad (Duchi et al., 2011): each weight's step shrinks with the sum of its squared gradients,
 * so rarely updated weights keep larger steps.
 * <pre>
 *   a = a + g^2
 *   w = w - lr g / (sqrt(a) + epsilon)
 * </pre>
 * The accumulator starts at Keras's 0.1, which keeps the first steps moderate.
 */
public final class AdaGrad extends ElementwiseOptimizer {
  private final double initialAccumulator;
  private final double epsilon;

  /** Creates AdaGrad with the accumulator starting at 0.1 and epsilon = 1e-7. */
  public AdaGrad(double learningRate) {
    this(learningRate, 0.1, 1e-7);
  }

  /**
   * Creates AdaGrad.
   *
   * @param learningRate step size, positive
   * @param initialAccumulator starting value of the sum of squares, 0 or more
   * @param epsilon added to the denominator, positive
   */
  public AdaGrad(double learningRate, double initialAccumulator, double epsilon) {
    super(learningRate);
    if (!(initialAccumulator >= 0)) {
      throw new IllegalArgumentException(
          "Expected an initial accumulator of 0 or more. Received: " + initialAccumulator);
    }
    this.initialAccumulator = initialAccumulator;
    this.epsilon = requirePositive("epsilon", epsilon);
  }

  @Override
  protected float[][] newState(int size) {
    float[] sum = new float[size];
    Arrays.fill(sum, (float) initialAccumulator);
    return new float[][] {sum};
  }

  @Override
  protected void update(float[] w, float[] g, int n, Slot slot) {
    float[] a = slot.arrays[0];
    float lr = (float) learningRate();
    float eps = (float) epsilon;
    for (int i = 0; i < n; i++) {
      float gi = g[i];
      float ai = a[i] + gi * gi;
      a[i] = ai;
      w[i] -= lr * gi / ((float) Math.sqrt(ai) + eps);
    }
  }
}
