package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Adds a position signal to a sequence [batch, steps, dimension], so that attention, which is
 * blind to order, can tell steps apart. Step s receives row s of a [maxSteps, dimension] table;
 * sequences may be shorter than {@code maxSteps}.
 *
 * <p>The table is either fixed, the sines and cosines of Vaswani et al. (2017), or learned, a
 * parameter {@code name/embeddings} as in KerasNLP's PositionEmbedding. The gradient passes
 * through to the input unchanged; a learned table receives the sum of it over the batch.
 */
public final class PositionalEncoding implements Op {
  private static final double MAX_WAVELENGTH = 10_000;

  private final String description;
  private final int maxSteps;
  private final int dimension;
  /** The fixed table, or null when learned. */
  private final INDArray fixed;
  /** The learned table, or null when fixed. */
  private final Parameter learned;
  /** The fixed table in the type of the last input, cast once. */
  private INDArray typedFixed;
  /** The table's values for the Java path: read once when fixed, at each forward when learned. */
  private double[] tableValues;
  private double[] values;
  private long[] inputShape;
  private INDArray output;

  private PositionalEncoding(String description, int maxSteps, int dimension, INDArray fixed,
      Parameter learned) {
    this.description = description;
    this.maxSteps = maxSteps;
    this.dimension = dimension;
    this.fixed = fixed;
    this.learned = learned;
  }

  /**
   * The fixed sinusoidal encoding, with no parameters: for feature 2i and 2i + 1 of step s,
   * sin(s / 10000^(2i / dimension)) and cos(s / 10000^(2i / dimension)), interleaved as in
   * KerasNLP's SinePositionEncoding.
   *
   * @param maxSteps the longest sequence it accepts
   * @param dimension the size of each step's vector
   */
  public static PositionalEncoding sinusoidal(int maxSteps, int dimension) {
    requirePositive("Sinusoidal positional encoding", maxSteps, dimension);
    double[] values = new double[maxSteps * dimension];
    for (int s = 0; s < maxSteps; s++) {
      for (int f = 0; f < dimension; f++) {
        double angle = s / Math.pow(MAX_WAVELENGTH, (f - f % 2) / (double) dimension);
        values[s * dimension + f] = f % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
      }
    }
    INDArray table = Nd4j.create(values, new long[] {maxSteps, dimension}, DataType.DOUBLE);
    return new PositionalEncoding("SinusoidalPositionalEncoding", maxSteps, dimension, table,
        null);
  }

  /**
   * A learned encoding: a trainable table {@code name/embeddings} [maxSteps, dimension], drawn
   * Glorot-uniform as KerasNLP's PositionEmbedding does.
   *
   * @param name unique layer name, prefix of the parameter name
   * @param maxSteps the longest sequence it accepts
   * @param dimension the size of each step's vector
   * @param type floating-point data type of the table
   * @param seed seed of the initial table
   */
  public static PositionalEncoding learned(String name, int maxSteps, int dimension,
      DataType type, long seed) {
    requirePositive("Learned positional encoding " + name, maxSteps, dimension);
    INDArray table = Initializer.GLOROT_UNIFORM.create(new long[] {maxSteps, dimension}, maxSteps,
        dimension, type, seed);
    return new PositionalEncoding("LearnedPositionalEncoding " + name, maxSteps, dimension, null,
        new Parameter(name + "/embeddings", table));
  }

  private static void requirePositive(String what, int maxSteps, int dimension) {
    if (maxSteps <= 0 || dimension <= 0) {
      throw new IllegalArgumentException(what + " expects positive sizes. Received: maxSteps="
          + maxSteps + ", dimension=" + dimension);
    }
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 3 || x.size(1) > maxSteps || x.size(2) != dimension) {
      throw new IllegalArgumentException(this + " expects sequences of shape [batch, at most "
          + maxSteps + " steps, " + dimension + "]. Received: " + Arrays.toString(x.shape()));
    }
    inputShape = x.shape();
    INDArray table;
    if (learned != null) {
      table = learned.value();
    } else {
      if (typedFixed == null || typedFixed.dataType() != x.dataType()) {
        typedFixed = fixed.castTo(x.dataType());
        tableValues = null;
      }
      table = typedFixed;
    }
    long length = x.size(1) * dimension;
    output = Tensors.reuse(output, table.dataType(), x.size(0), x.size(1), dimension);
    if (x.length() <= HostKernels.ADD_LIMIT && x.dataType() == table.dataType()
        && HostKernels.handles(x.dataType())) {
      addInJava(x, table, (int) length);
      return output;
    }
    INDArray rows = output.reshape('c', x.size(0), length);
    rows.assign(x.reshape('c', x.size(0), length));
    rows.addiRowVector(firstSteps(table, length));
    return output;
  }

  /** x + the table's first steps, sample by sample, in Java: one rounding, as libnd4j's add. */
  private void addInJava(INDArray x, INDArray table, int length) {
    values = HostKernels.read(x, values);
    if (learned != null || tableValues == null) {
      tableValues = HostKernels.read(table, tableValues);
    }
    for (int start = 0; start < x.length(); start += length) {
      for (int i = 0; i < length; i++) {
        values[start + i] += tableValues[i];
      }
    }
    HostKernels.write(values, output);
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(inputShape, this);
    Tensors.requireSameShape(gradOutput, output, this);
    if (learned != null) {
      long length = inputShape[1] * dimension;
      firstSteps(learned.grad(), length)
          .addi(gradOutput.reshape('c', inputShape[0], length).sum(0).reshape(1, length));
    }
    return new INDArray[] {gradOutput}; // read-only: the program sums gradients out of place
  }

  /** The table's first length / dimension rows as one [1, length] row, a view. */
  private INDArray firstSteps(INDArray table, long length) {
    return table.reshape('c', 1, (long) maxSteps * dimension)
        .get(NDArrayIndex.all(), NDArrayIndex.interval(0, length));
  }

  @Override
  public List<Parameter> parameters() {
    return learned == null ? List.of() : List.of(learned);
  }

  @Override
  public String toString() {
    return description + " (" + maxSteps + " steps x " + dimension + ")";
  }
}
