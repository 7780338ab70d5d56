package org.neurocanvas.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Weight initialisers, by the names Keras uses. Every draw comes from the given seed through a
 * {@link java.util.SplittableRandom}, so the same seed gives the same weights whatever ND4J's
 * global random generator has done. The normal ones draw from a normal truncated at two standard
 * deviations and rescaled to the stated variance, as Keras does.
 */
public interface Initializer {

  /** Uniform in ±sqrt(6 / (fanIn + fanOut)) (Glorot and Bengio, 2010): suits tanh and sigmoid. */
  Initializer GLOROT_UNIFORM =
      InitialValues.uniform("glorot_uniform", (in, out) -> Math.sqrt(6.0 / (in + out)));
  /** Variance 2 / (fanIn + fanOut), truncated normal. */
  Initializer GLOROT_NORMAL =
      InitialValues.truncatedNormal("glorot_normal", (in, out) -> Math.sqrt(2.0 / (in + out)));
  /** Uniform in ±sqrt(6 / fanIn) (He et al., 2015): keeps the variance through ReLU layers. */
  Initializer HE_UNIFORM = InitialValues.uniform("he_uniform", (in, out) -> Math.sqrt(6.0 / in));
  /** Variance 2 / fanIn, truncated normal. */
  Initializer HE_NORMAL =
      InitialValues.truncatedNormal("he_normal", (in, out) -> Math.sqrt(2.0 / in));
  /** Uniform in ±sqrt(3 / fanIn) (LeCun, 1998): suits SELU-like self-normalising layers. */
  Initializer LECUN_UNIFORM =
      InitialValues.uniform("lecun_uniform", (in, out) -> Math.sqrt(3.0 / in));
  /** Variance 1 / fanIn, truncated normal. */
  Initializer LECUN_NORMAL =
      InitialValues.truncatedNormal("lecun_normal", (in, out) -> Math.sqrt(1.0 / in));
  /**
   * A (semi-)orthogonal matrix (Saxe et al., 2014): the array seen as [all but the last axis,
   * last axis] has orthonormal rows or columns, whichever are fewer.
   */
  Initializer ORTHOGONAL = InitialValues.orthogonal();
  /** All zeros: for biases, or to test a network from a known state. */
  Initializer ZEROS = constant(0);

  /** Every element equal to {@code value}. */
  static Initializer constant(double value) {
    return InitialValues.constant(value);
  }

  /**
   * Creates a new array of initial values.
   *
   * @param shape shape of the array
   * @param fanIn number of inputs feeding each unit
   * @param fanOut number of units each input feeds
   * @param type floating-point data type of the result
   * @param seed seed of the draws
   * @return the initial values
   * @throws IllegalArgumentException if a fan is not positive
   */
  INDArray create(long[] shape, int fanIn, int fanOut, DataType type, long seed);
}
