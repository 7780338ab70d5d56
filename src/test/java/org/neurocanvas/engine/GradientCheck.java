package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Central finite differences in float64, compared with analytic gradients element by element. */
public final class GradientCheck {
  static final double EPSILON = 1e-6;
  static final double MAX_RELATIVE_ERROR = 1e-5;
  /**
   * Differences below this are the central difference's own rounding (a loss near 1 carries
   * ~1e-16 of it, divided by 2 * EPSILON), not a wrong gradient: tiny gradient elements of deep
   * networks would otherwise fail on relative error alone.
   */
  static final double ROUNDOFF = 1e-9;

  private GradientCheck() {}

  /**
   * Asserts that {@code analytic} is the gradient of {@code loss} with respect to {@code x}.
   *
   * @param what names the checked array in failure messages
   * @param x a float64 array that {@code loss} reads; perturbed in place and restored
   * @param loss evaluates the scalar loss at the current {@code x}
   * @param analytic the gradient to check, a copy taken before any perturbation
   */
  public static void assertGradient(String what, INDArray x, DoubleSupplier loss, INDArray analytic) {
    assertEquals(DataType.DOUBLE, x.dataType(), what + " must be float64 for a gradient check");
    assertEquals(x.length(), analytic.length(), what + ": gradient length");
    double worst = 0;
    long worstIndex = -1;
    for (long i = 0; i < x.length(); i++) {
      double original = x.getDouble(i);
      x.putScalar(i, original + EPSILON);
      double plus = loss.getAsDouble();
      x.putScalar(i, original - EPSILON);
      double minus = loss.getAsDouble();
      x.putScalar(i, original);
      double numeric = (plus - minus) / (2 * EPSILON);
      double exact = analytic.getDouble(i);
      double difference = Math.abs(exact - numeric);
      double error = difference < ROUNDOFF ? 0
          : difference / Math.max(Math.max(Math.abs(exact), Math.abs(numeric)), 1e-8);
      if (error > worst) {
        worst = error;
        worstIndex = i;
      }
    }
    assertTrue(worst < MAX_RELATIVE_ERROR,
        what + ": relative error " + worst + " at element " + worstIndex);
  }

  /**
   * Checks an op's input and parameter gradients through the scalar loss sum(forward(x) * r), whose
   * gradient with respect to the output is the fixed random array r.
   */
  static void checkOp(Op op, INDArray x, long seed) {
    checkOp(op, new INDArray[] {x}, seed, true, () -> {});
  }

  /**
   * Checks an op with any number of inputs, in training or inference mode; {@code beforeForward}
   * runs before every pass (for example to restart a random mask).
   */
  static void checkOp(Op op, INDArray[] xs, long seed, boolean training, Runnable beforeForward) {
    checkOp(op, xs, seed, training, beforeForward, p -> true);
  }

  /**
   * As above, checking only the parameters {@code checked} accepts: a parameter whose exact
   * gradient is identically zero (attention's key bias) leaves only rounding noise in the finite
   * difference, which no relative test can accept; its test asserts the zero instead.
   */
  static void checkOp(Op op, INDArray[] xs, long seed, boolean training, Runnable beforeForward,
      Predicate<Parameter> checked) {
    beforeForward.run();
    INDArray y = op.forward(xs, training);
    INDArray r = uniform(seed, -1, 1, y.shape());
    DoubleSupplier loss = () -> {
      beforeForward.run();
      return op.forward(xs, training).mul(r).sumNumber().doubleValue();
    };
    op.parameters().forEach(Parameter::zeroGrad);
    INDArray[] gradInputs = op.backward(r);
    assertEquals(xs.length, gradInputs.length, op + ": one gradient per input");
    INDArray[] copies = new INDArray[xs.length];
    for (int k = 0; k < xs.length; k++) {
      assertArrayEquals(xs[k].shape(), gradInputs[k].shape(), op + " input " + k + " gradient shape");
      copies[k] = gradInputs[k].dup();
    }
    for (Parameter p : op.parameters()) {
      assertArrayEquals(p.value().shape(), p.grad().shape(), p.name() + " gradient shape");
    }
    List<INDArray> paramGrads = op.parameters().stream().map(p -> p.grad().dup()).toList();
    for (int k = 0; k < xs.length; k++) {
      assertGradient(op + " input " + k, xs[k], loss, copies[k]);
    }
    for (int i = 0; i < paramGrads.size(); i++) {
      Parameter p = op.parameters().get(i);
      if (!checked.test(p)) {
        continue;
      }
      assertGradient(p.name(), p.value(), loss, paramGrads.get(i));
    }
  }

  /** A float64 array of the given shape, uniform in [low, high), from {@code seed}. */
  public static INDArray uniform(long seed, double low, double high, long... shape) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble(low, high);
    }
    return Nd4j.create(values, shape, DataType.DOUBLE);
  }
}
