package org.neurocanvas.engine;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Looks up a learned vector for each token id: [batch, steps] ids (stored as floats, as every
 * batch is) become [batch, steps, dimension] vectors, as Keras's Embedding. The table {@code
 * name/embeddings} [vocabulary, dimension] starts uniform in ±0.05, as Keras draws it.
 *
 * <p>Both passes are plain Java loops over the buffers: forward copies each id's row of the table
 * (read row by row, so a large vocabulary costs nothing), backward adds each step's gradient into
 * its id's row, so repeated ids accumulate. libnd4j's {@code gather} and {@code scatter_add}, with
 * the id array they need, took ~15% of a small transformer's step. Ids are not differentiable:
 * their gradient is zero.
 */
public final class Embedding implements Op {
  private static final double INITIAL_LIMIT = 0.05;

  private final String name;
  private final int vocabulary;
  private final int dimension;
  private final DataType type;
  private final Parameter table;

  /** The shape of the last forward's ids, [batch, steps]. */
  private long[] idsShape;
  /** The ids of the last forward in row-major order, as table rows. */
  private int[] rows;
  private double[] values;
  private double[] vectors;
  private double[] gradValues;
  private INDArray output;
  private INDArray gradInput;

  /**
   * Creates an embedding.
   *
   * @param name unique layer name, prefix of the parameter name
   * @param vocabulary number of distinct ids, 0 to vocabulary - 1
   * @param dimension length of each vector
   * @param type floating-point data type of the table
   * @param seed seed of the initial table
   */
  public Embedding(String name, int vocabulary, int dimension, DataType type, long seed) {
    if (vocabulary <= 0 || dimension <= 0) {
      throw new IllegalArgumentException("Embedding " + name + " expects positive sizes. "
          + "Received: vocabulary=" + vocabulary + ", dimension=" + dimension);
    }
    this.name = name;
    this.vocabulary = vocabulary;
    this.dimension = dimension;
    this.type = type;
    Initializer uniform = InitialValues.uniform("random_uniform", (in, out) -> INITIAL_LIMIT);
    this.table = new Parameter(name + "/embeddings",
        uniform.create(new long[] {vocabulary, dimension}, vocabulary, dimension, type, seed));
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 2) {
      throw new IllegalArgumentException(this + " expects token ids of shape [batch, steps]. "
          + "Received: " + Arrays.toString(x.shape()));
    }
    int n = Math.toIntExact(x.length());
    values = HostKernels.read(x, values);
    rows = rows != null && rows.length == n ? rows : new int[n];
    for (int i = 0; i < n; i++) {
      long id = Math.round(values[i]);
      if (!(id >= 0 && id < vocabulary)) {
        throw new IllegalArgumentException(this + " expects token ids in 0.." + (vocabulary - 1)
            + ". Received: " + values[i] + " at sample " + i / x.size(1) + ", step "
            + i % x.size(1));
      }
      rows[i] = (int) id;
    }
    idsShape = x.shape();
    output = Tensors.reuse(output, type, x.size(0), x.size(1), dimension);
    vectors = HostKernels.readRows(table.value(), rows, dimension, vectors);
    HostKernels.write(vectors, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(idsShape, this);
    Tensors.requireSameShape(gradOutput, output, this);
    double[] g = gradValues = HostKernels.read(gradOutput, gradValues);
    // The table's gradient owns its whole row-major buffer (see Parameter).
    if (type == DataType.FLOAT) {
      FloatBuffer sums = table.grad().data().asNioFloat();
      for (int i = 0; i < rows.length; i++) {
        for (int f = 0, at = rows[i] * dimension; f < dimension; f++, at++) {
          sums.put(at, sums.get(at) + (float) g[i * dimension + f]);
        }
      }
    } else {
      DoubleBuffer sums = table.grad().data().asNioDouble();
      for (int i = 0; i < rows.length; i++) {
        for (int f = 0, at = rows[i] * dimension; f < dimension; f++, at++) {
          sums.put(at, sums.get(at) + g[i * dimension + f]);
        }
      }
    }
    if (gradInput == null || !Arrays.equals(gradInput.shape(), idsShape)) {
      gradInput = Nd4j.zeros(type, idsShape);
    }
    return new INDArray[] {gradInput};
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(table);
  }

  /** The table of vectors, shape [vocabulary, dimension]. */
  public Parameter table() {
    return table;
  }

  @Override
  public String toString() {
    return "Embedding " + name + " (" + vocabulary + " ids -> " + dimension + ")";
  }
}
