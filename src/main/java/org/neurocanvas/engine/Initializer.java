package org.neurocanvas.engine;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Weight initialisers. Every draw comes from the given seed through a {@link SplittableRandom},
 * so the same seed gives the same weights whatever ND4J's global random generator has done.
 */
public enum Initializer {
  /** Uniform in ±sqrt(6 / (fanIn + fanOut)) (Glorot and Bengio, 2010): suits tanh and sigmoid. */
  GLOROT_UNIFORM {
    @Override
    double limit(int fanIn, int fanOut) {
      return Math.sqrt(6.0 / (fanIn + fanOut));
    }
  },
  /** Uniform in ±sqrt(6 / fanIn) (He et al., 2015): keeps the variance through ReLU layers. */
  HE_UNIFORM {
    @Override
    double limit(int fanIn, int fanOut) {
      return Math.sqrt(6.0 / fanIn);
    }
  },
  /** All zeros: for biases, or to test a network from a known state. */
  ZEROS {
    @Override
    double limit(int fanIn, int fanOut) {
      return 0;
    }
  };

  /** Half-width of the uniform range for these fans. */
  abstract double limit(int fanIn, int fanOut);

  /**
   * Creates a new array of initial values.
   *
   * @param shape shape of the array
   * @param fanIn number of inputs feeding each unit
   * @param fanOut number of units each input feeds
   * @param type floating-point data type of the result
   * @param seed seed of the draws
   * @return the initial values
   */
  public INDArray create(long[] shape, int fanIn, int fanOut, DataType type, long seed) {
    if (fanIn <= 0 || fanOut <= 0) {
      throw new IllegalArgumentException("Expected positive fans for " + this
          + ". Received: fanIn=" + fanIn + ", fanOut=" + fanOut);
    }
    double limit = limit(fanIn, fanOut);
    if (limit == 0) {
      return Nd4j.zeros(type, shape);
    }
    long length = 1;
    for (long dim : shape) {
      length *= dim;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[Math.toIntExact(length)];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble(-limit, limit);
    }
    return Nd4j.create(values, shape, type);
  }
}
