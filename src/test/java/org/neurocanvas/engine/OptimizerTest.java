package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Two steps on w = [1, -2] with gradients g1 = [0.5, 1] then g2 = [-1, 0.25], worked by hand. */
class OptimizerTest {
  private static final double[] W0 = {1, -2};
  private static final double[] G1 = {0.5, 1};
  private static final double[] G2 = {-1, 0.25};

  @Test
  void sgdWithMomentum() {
    // lr 0.1, momentum 0.9:
    //   v1 = g1 = [0.5, 1]                  w1 = w0 - 0.1 v1 = [0.95, -2.1]
    //   v2 = 0.9 v1 + g2 = [-0.55, 1.15]    w2 = w1 - 0.1 v2 = [1.005, -2.215]
    Parameter w = parameter();
    Sgd sgd = new Sgd(0.1, 0.9);
    step(sgd, w, G1);
    assertArrayEquals(new double[] {0.95, -2.1}, w.value().toDoubleVector(), 1e-15);
    step(sgd, w, G2);
    assertArrayEquals(new double[] {1.005, -2.215}, w.value().toDoubleVector(), 1e-15);
    assertArrayEquals(G2, w.grad().toDoubleVector(), "step must not change the gradient");
  }

  @Test
  void sgdWithoutMomentum() {
    Parameter w = parameter();
    Sgd sgd = new Sgd(0.5, 0);
    step(sgd, w, G1);
    step(sgd, w, G2);
    assertArrayEquals(new double[] {1 - 0.25 + 0.5, -2 - 0.5 - 0.125}, w.value().toDoubleVector(),
        1e-15);
  }

  @Test
  void adamMatchesTheUpdateRule() {
    double lr = 0.1;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    // Step 1: m = 0.1 g1 = [0.05, 0.1], v = 0.001 g1^2 = [0.00025, 0.001],
    //   step size 0.1 sqrt(1 - 0.999) / (1 - 0.9) = sqrt(0.001), so w moves by about lr sign(g).
    double step1 = lr * Math.sqrt(1 - beta2) / (1 - beta1);
    double[] w1 = {
      1 - step1 * 0.05 / (Math.sqrt(0.00025) + eps),
      -2 - step1 * 0.1 / (Math.sqrt(0.001) + eps)};
    // Step 2: m = 0.9 m + 0.1 g2 = [-0.055, 0.115], v = 0.999 v + 0.001 g2^2.
    double[] v2 = {0.999 * 0.00025 + 0.001 * 1, 0.999 * 0.001 + 0.001 * 0.0625};
    double step2 = lr * Math.sqrt(1 - beta2 * beta2) / (1 - beta1 * beta1);
    double[] w2 = {
      w1[0] - step2 * -0.055 / (Math.sqrt(v2[0]) + eps),
      w1[1] - step2 * 0.115 / (Math.sqrt(v2[1]) + eps)};

    Parameter w = parameter();
    Adam adam = new Adam(lr, beta1, beta2, eps);
    step(adam, w, G1);
    assertArrayEquals(w1, w.value().toDoubleVector(), 1e-12);
    assertArrayEquals(new double[] {0.9, -2.1}, w.value().toDoubleVector(), 1e-6);
    step(adam, w, G2);
    assertArrayEquals(w2, w.value().toDoubleVector(), 1e-12);
  }

  @Test
  void learningRateCanBeChanged() {
    Adam adam = new Adam(0.01);
    adam.setLearningRate(0.001);
    assertEquals(0.001, adam.learningRate());
  }

  private static Parameter parameter() {
    return new Parameter("w", Nd4j.createFromArray(W0.clone()));
  }

  private static void step(Optimizer optimizer, Parameter w, double[] gradient) {
    INDArray g = Nd4j.createFromArray(gradient);
    w.zeroGrad();
    w.accumulateGrad(g);
    optimizer.step(List.of(w));
  }
}
