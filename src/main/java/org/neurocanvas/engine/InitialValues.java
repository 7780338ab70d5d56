package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The draws behind {@link Initializer}'s constants, in double precision, from one seed. */
final class InitialValues {
  /**
   * The standard deviation of a unit normal truncated to [-2, 2]: dividing by it restores the
   * intended variance (Keras's constant .87962566103423978).
   */
  private static final double TRUNCATED_STD = 0.87962566103423978;

  private InitialValues() {}

  /** A named initialiser; the name shows in messages. */
  private record Named(String name, Drawer drawer) implements Initializer {
    @Override
    public INDArray create(long[] shape, int fanIn, int fanOut, DataType type, long seed) {
      if (fanIn <= 0 || fanOut <= 0) {
        throw new IllegalArgumentException("Expected positive fans for " + name
            + ". Received: fanIn=" + fanIn + ", fanOut=" + fanOut);
      }
      long length = 1;
      for (long dim : shape) {
        length *= dim;
      }
      double[] values = new double[Math.toIntExact(length)];
      drawer.fill(values, shape, fanIn, fanOut, new SplittableRandom(seed));
      return Nd4j.create(values, shape, type);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  private interface Drawer {
    void fill(double[] values, long[] shape, int fanIn, int fanOut, SplittableRandom random);
  }

  static Initializer uniform(String name, DoubleBinaryOperator limit) {
    return new Named(name, (values, shape, in, out, random) -> {
      double l = limit.applyAsDouble(in, out);
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextDouble(-l, l);
      }
    });
  }

  static Initializer truncatedNormal(String name, DoubleBinaryOperator std) {
    return new Named(name, (values, shape, in, out, random) -> {
      double s = std.applyAsDouble(in, out) / TRUNCATED_STD;
      for (int i = 0; i < values.length; i++) {
        values[i] = s * truncatedUnitNormal(random);
      }
    });
  }

  static Initializer constant(double value) {
    return new Named("constant(" + value + ")",
        (values, shape, in, out, random) -> Arrays.fill(values, value));
  }

  static Initializer orthogonal() {
    return new Named("orthogonal", InitialValues::fillOrthogonal);
  }

  /** A unit normal draw, redrawn until it falls within two standard deviations. */
  private static double truncatedUnitNormal(SplittableRandom random) {
    double z;
    do {
      z = random.nextGaussian();
    } while (Math.abs(z) > 2);
    return z;
  }

  /**
   * Orthonormalises the columns of a normal [long, short] matrix by modified Gram-Schmidt (the Q
   * of its QR decomposition with a positive diagonal in R, as Keras makes it), then lays it out as
   * [rows, cols] = [all but the last axis, last axis].
   */
  private static void fillOrthogonal(double[] values, long[] shape, int in, int out,
      SplittableRandom random) {
    int cols = shape.length == 0 ? 1 : (int) shape[shape.length - 1];
    int rows = values.length / Math.max(cols, 1);
    int tall = Math.max(rows, cols);
    int narrow = Math.min(rows, cols);
    double[][] q = new double[narrow][tall]; // column vectors of the tall matrix
    for (double[] column : q) {
      for (int i = 0; i < tall; i++) {
        column[i] = random.nextGaussian();
      }
    }
    for (int j = 0; j < narrow; j++) {
      for (int k = 0; k < j; k++) {
        double dot = 0;
        for (int i = 0; i < tall; i++) {
          dot += q[j][i] * q[k][i];
        }
        for (int i = 0; i < tall; i++) {
          q[j][i] -= dot * q[k][i];
        }
      }
      double norm = 0;
      for (int i = 0; i < tall; i++) {
        norm += q[j][i] * q[j][i];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < tall; i++) {
        q[j][i] /= norm;
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        values[r * cols + c] = rows >= cols ? q[c][r] : q[r][c];
      }
    }
  }
}
