package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A loss that compares each output with its own target and averages over all elements (batch
 * and outputs alike, as PyTorch's {@code reduction='mean'} and Keras's per-sample mean do).
 * Labels have the outputs' shape, or [batch] for a single output per sample.
 *
 * <p>Computed in plain Java on doubles: heads are small, and doubles keep it exact.
 */
public abstract class ElementwiseLoss implements Loss {
  private double[] gradient;
  private long[] shape;
  private DataType type;

  /** The loss of one output {@code z} against its target {@code y}. */
  protected abstract double value(double z, double y);

  /** d value / d z. */
  protected abstract double derivative(double z, double y);

  @Override
  public final double forward(INDArray logits, INDArray labels) {
    if (labels.length() != logits.length()) {
      throw new IllegalArgumentException(this + " expects one target per output, "
          + Arrays.toString(logits.shape()) + ". Received: labels of shape "
          + Arrays.toString(labels.shape()));
    }
    double[] z = Tensors.toDoubles(logits);
    double[] y = Tensors.toDoubles(labels);
    double total = 0;
    gradient = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      total += value(z[i], y[i]);
      gradient[i] = derivative(z[i], y[i]) / z.length;
    }
    shape = logits.shape();
    type = logits.dataType();
    return total / z.length;
  }

  @Override
  public final INDArray backward() {
    if (gradient == null) {
      throw new IllegalStateException(this + ": backward() called before forward()");
    }
    return Nd4j.create(gradient, shape, type);
  }

  /** Mean squared error, (z - y)^2. */
  public static ElementwiseLoss meanSquaredError() {
    return new ElementwiseLoss() {
      @Override
      protected double value(double z, double y) {
        return (z - y) * (z - y);
      }

      @Override
      protected double derivative(double z, double y) {
        return 2 * (z - y);
      }

      @Override
      public String toString() {
        return "MeanSquaredError";
      }
    };
  }

  /** Mean absolute error, |z - y|; its derivative at z = y is taken as 0. */
  public static ElementwiseLoss meanAbsoluteError() {
    return new ElementwiseLoss() {
      @Override
      protected double value(double z, double y) {
        return Math.abs(z - y);
      }

      @Override
      protected double derivative(double z, double y) {
        return Math.signum(z - y);
      }

      @Override
      public String toString() {
        return "MeanAbsoluteError";
      }
    };
  }

  /** Huber loss: (z - y)^2 / 2 within {@code delta} of the target, linear beyond (delta > 0). */
  public static ElementwiseLoss huber(double delta) {
    if (!(delta > 0)) {
      throw new IllegalArgumentException("Expected a positive Huber delta. Received: " + delta);
    }
    return new ElementwiseLoss() {
      @Override
      protected double value(double z, double y) {
        double e = Math.abs(z - y);
        return e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta);
      }

      @Override
      protected double derivative(double z, double y) {
        return Math.max(-delta, Math.min(delta, z - y));
      }

      @Override
      public String toString() {
        return "Huber(" + delta + ")";
      }
    };
  }

  /**
   * Binary cross-entropy on logits: sigmoid then cross-entropy, for targets in [0, 1] (one per
   * output, so also multi-label). Written as max(z, 0) - z y + log(1 + e^-|z|), which stays
   * finite for any logit.
   */
  public static ElementwiseLoss binaryCrossEntropy() {
    return new ElementwiseLoss() {
      @Override
      protected double value(double z, double y) {
        return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
      }

      @Override
      protected double derivative(double z, double y) {
        return 1 / (1 + Math.exp(-z)) - y;
      }

      @Override
      public String toString() {
        return "BinaryCrossEntropy";
      }
    };
  }
}
