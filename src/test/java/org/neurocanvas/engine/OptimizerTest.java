package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Two steps on w = [1, -2] with gradients g1 = [0.5, 1] then g2 = [-1, 0.25], worked by hand in
 * double precision; the optimisers run in float32, hence the tolerance.
 */
class OptimizerTest {
  private static final double[] W0 = {1, -2};
  private static final double[] G1 = {0.5, 1};
  private static final double[] G2 = {-1, 0.25};
  private static final double TOLERANCE = 1e-6;

  @Test
  void sgdWithMomentum() {
    // lr 0.1, momentum 0.9:
    //   v1 = g1 = [0.5, 1]                  w1 = w0 - 0.1 v1 = [0.95, -2.1]
    //   v2 = 0.9 v1 + g2 = [-0.55, 1.15]    w2 = w1 - 0.1 v2 = [1.005, -2.215]
    Parameter w = parameter();
    Sgd sgd = new Sgd(0.1, 0.9);
    step(sgd, w, G1);
    assertArrayEquals(new double[] {0.95, -2.1}, w.value().toDoubleVector(), TOLERANCE);
    step(sgd, w, G2);
    assertArrayEquals(new double[] {1.005, -2.215}, w.value().toDoubleVector(), TOLERANCE);
    assertArrayEquals(G2, w.grad().toDoubleVector(), "step must not change the gradient");
  }

  @Test
  void sgdWithoutMomentum() {
    Parameter w = parameter();
    Sgd sgd = new Sgd(0.5, 0);
    step(sgd, w, G1);
    step(sgd, w, G2);
    assertArrayEquals(new double[] {1 - 0.25 + 0.5, -2 - 0.5 - 0.125}, w.value().toDoubleVector(), TOLERANCE);
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
    assertArrayEquals(w1, w.value().toDoubleVector(), TOLERANCE);
    assertArrayEquals(new double[] {0.9, -2.1}, w.value().toDoubleVector(), 1e-6);
    step(adam, w, G2);
    assertArrayEquals(w2, w.value().toDoubleVector(), TOLERANCE);
  }

  @Test
  void sgdWithNesterovMomentum() {
    // lr 0.1, momentum 0.9, step along g + 0.9 v:
    //   v1 = [0.5, 1],      d1 = [0.95, 1.9]      w1 = [0.905, -2.19]
    //   v2 = [-0.55, 1.15], d2 = [-1.495, 1.285]  w2 = [1.0545, -2.3185]
    Parameter w = parameter();
    Sgd sgd = new Sgd(0.1, 0.9, true);
    step(sgd, w, G1);
    assertArrayEquals(new double[] {0.905, -2.19}, w.value().toDoubleVector(), TOLERANCE);
    step(sgd, w, G2);
    assertArrayEquals(new double[] {1.0545, -2.3185}, w.value().toDoubleVector(), TOLERANCE);
  }

  @Test
  void rmsProp() {
    // lr 0.01, rho 0.9: s1 = 0.1 g1^2 = [0.025, 0.1]; s2 = 0.9 s1 + 0.1 g2^2 = [0.1225, 0.09625].
    double eps = 1e-7;
    double[] w1 = {1 - 0.01 * 0.5 / (Math.sqrt(0.025) + eps), -2 - 0.01 * 1 / (Math.sqrt(0.1) + eps)};
    double[] w2 = {w1[0] + 0.01 * 1 / (0.35 + eps), w1[1] - 0.01 * 0.25 / (Math.sqrt(0.09625) + eps)};
    assertTwoSteps(new RmsProp(0.01, 0.9, eps), w1, w2);
  }

  @Test
  void adaGrad() {
    // lr 0.1, accumulator from 0.1: a1 = 0.1 + g1^2 = [0.35, 1.1]; a2 = a1 + g2^2 = [1.35, 1.1625].
    double eps = 1e-7;
    double[] w1 = {1 - 0.1 * 0.5 / (Math.sqrt(0.35) + eps), -2 - 0.1 * 1 / (Math.sqrt(1.1) + eps)};
    double[] w2 = {w1[0] + 0.1 * 1 / (Math.sqrt(1.35) + eps),
        w1[1] - 0.1 * 0.25 / (Math.sqrt(1.1625) + eps)};
    assertTwoSteps(new AdaGrad(0.1, 0.1, eps), w1, w2);
  }

  @Test
  void adadelta() {
    // lr 1, rho 0.95, eps 1e-6. Step 1: s = 0.05 g1^2 = [0.0125, 0.05], u = 0,
    //   d = sqrt(eps) / sqrt(s + eps) g1, then u = 0.05 d^2.
    double eps = 1e-6;
    double[] d1 = {Math.sqrt(eps) / Math.sqrt(0.0125 + eps) * 0.5,
        Math.sqrt(eps) / Math.sqrt(0.05 + eps) * 1};
    double[] u1 = {0.05 * d1[0] * d1[0], 0.05 * d1[1] * d1[1]};
    double[] w1 = {1 - d1[0], -2 - d1[1]};
    // Step 2: s = 0.95 s + 0.05 g2^2 = [0.011875 + 0.05, 0.0475 + 0.003125].
    double[] d2 = {Math.sqrt(u1[0] + eps) / Math.sqrt(0.061875 + eps) * -1,
        Math.sqrt(u1[1] + eps) / Math.sqrt(0.050625 + eps) * 0.25};
    double[] w2 = {w1[0] - d2[0], w1[1] - d2[1]};
    assertTwoSteps(new Adadelta(1, 0.95, eps), w1, w2);
  }

  @Test
  void nadam() {
    double lr = 0.1;
    double eps = 1e-7;
    double mu1 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.004));
    double mu2 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.008));
    double mu3 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.012));
    // Step 1: m = 0.1 g1, v = 0.001 g1^2, v^ = g1^2, so the denominator is |g1| + eps.
    double[] w1 = new double[2];
    double[] m1 = {0.05, 0.1};
    double[] v1 = {0.00025, 0.001};
    for (int i = 0; i < 2; i++) {
      double direction = mu2 * m1[i] / (1 - mu1 * mu2) + (1 - mu1) * G1[i] / (1 - mu1);
      w1[i] = W0[i] - lr * direction / (Math.sqrt(v1[i] / 0.001) + eps);
    }
    double[] w2 = new double[2];
    for (int i = 0; i < 2; i++) {
      double m = 0.9 * m1[i] + 0.1 * G2[i];
      double v = 0.999 * v1[i] + 0.001 * G2[i] * G2[i];
      double direction = mu3 * m / (1 - mu1 * mu2 * mu3) + (1 - mu2) * G2[i] / (1 - mu1 * mu2);
      w2[i] = w1[i] - lr * direction / (Math.sqrt(v / (1 - 0.999 * 0.999)) + eps);
    }
    assertTwoSteps(new Nadam(lr, 0.9, 0.999, eps), w1, w2);
  }

  @Test
  void adamWDecaysWeightsOutsideTheGradient() {
    // Like Adam, after shrinking w by lr * 0.5 = 5% first.
    double step1 = 0.1 * Math.sqrt(0.001) / 0.1;
    double[] w1 = {0.95 - step1 * 0.05 / (Math.sqrt(0.00025) + 1e-8),
        -1.9 - step1 * 0.1 / (Math.sqrt(0.001) + 1e-8)};
    Parameter w = parameter();
    step(Adam.adamW(0.1, 0.5), w, G1);
    assertArrayEquals(w1, w.value().toDoubleVector(), TOLERANCE);
  }

  @Test
  void l2PenaltyAddsToTheGradient() {
    // g + 0.5 w: step 1 [1, 0] -> w1 = [0.9, -2]; step 2 [-0.55, -0.75] -> w2 = [0.955, -1.925].
    assertTwoSteps(new Sgd(0.1, 0).l2Penalty(0.5), new double[] {0.9, -2},
        new double[] {0.955, -1.925});
  }

  @Test
  void clippingByValueAndByGlobalNorm() {
    Parameter w = parameter();
    step(new Sgd(1, 0).clipValue(0.6), w, G1);
    assertArrayEquals(new double[] {0.5, -2.6}, w.value().toDoubleVector(), TOLERANCE);
    assertArrayEquals(G1, w.grad().toDoubleVector(), "clipping must not change the gradient");

    // Gradients [3, 0] and [0, 4] have global norm 5: clipped to 1, they scale by 0.2.
    Parameter a = new Parameter("a", Nd4j.zeros(DataType.FLOAT, 2));
    Parameter b = new Parameter("b", Nd4j.zeros(DataType.FLOAT, 2));
    a.accumulateGrad(floats(3, 0));
    b.accumulateGrad(floats(0, 4));
    new Sgd(1, 0).clipNorm(1).step(List.of(a, b));
    assertArrayEquals(new double[] {-0.6, 0}, a.value().toDoubleVector(), TOLERANCE);
    assertArrayEquals(new double[] {0, -0.8}, b.value().toDoubleVector(), TOLERANCE);
  }

  @Test
  void float64ParametersAreRefusedWithAReason() {
    Parameter w = new Parameter("w", Nd4j.createFromArray(W0.clone()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Adam(0.1).step(List.of(w)));
    assertTrue(e.getMessage().contains("float32") && e.getMessage().contains("DOUBLE"),
        e.getMessage());
  }

  @Test
  void eachParameterHasItsOwnState() {
    Parameter first = parameter();
    Parameter second = new Parameter("other", floats(W0));
    Sgd sgd = new Sgd(0.1, 0.9);
    step(sgd, first, G1);
    step(sgd, second, G1);
    assertArrayEquals(first.value().toDoubleVector(), second.value().toDoubleVector());
  }

  /** Runs G1 then G2 from W0 and checks the values after each step. */
  private static void assertTwoSteps(Optimizer optimizer, double[] w1, double[] w2) {
    Parameter w = parameter();
    step(optimizer, w, G1);
    assertArrayEquals(w1, w.value().toDoubleVector(), TOLERANCE);
    step(optimizer, w, G2);
    assertArrayEquals(w2, w.value().toDoubleVector(), TOLERANCE);
  }

  @Test
  void learningRateCanBeChanged() {
    Adam adam = new Adam(0.01);
    adam.setLearningRate(0.001);
    assertEquals(0.001, adam.learningRate());
  }

  private static Parameter parameter() {
    return new Parameter("w", floats(W0));
  }

  private static INDArray floats(double... values) {
    return Nd4j.createFromArray(values).castTo(DataType.FLOAT);
  }

  private static void step(Optimizer optimizer, Parameter w, double[] gradient) {
    INDArray g = floats(gradient);
    w.zeroGrad();
    w.accumulateGrad(g);
    optimizer.step(List.of(w));
  }
}
