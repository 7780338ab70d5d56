package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Multi-head self-attention (Vaswani et al., 2017) over a sequence [batch, steps, dimension]: each
 * step attends to every step (or, when causal, to itself and earlier ones only), as Keras's
 * MultiHeadAttention(num_heads = heads, key_dim = dimension / heads) called with one sequence as
 * query, key and value.
 * <pre>
 *   Q = x Wq + bq,  K = x Wk + bk,  V = x Wv + bv           (each [batch, steps, dimension])
 *   per head j (columns j k .. (j + 1) k, k = dimension / heads):
 *   A_j = softmax(Q_j K_j^T / sqrt(k)),  O_j = A_j V_j
 *   y = [O_1 ... O_heads] Wo + bo
 * </pre>
 * Parameters in this order: {@code name/Wq}, {@code name/bq}, {@code name/Wk}, {@code name/bk},
 * {@code name/Wv}, {@code name/bv}, {@code name/Wo}, {@code name/bo}; the W are [dimension,
 * dimension] (Keras's query kernel [dimension, heads, k] read row-major), the b [dimension];
 * 4 (dimension² + dimension) scalars in all. The W start Glorot-uniform, the b at zero.
 *
 * <p>Q, K and V come from one fused {@code xw_plus_b} on all steps at once, through a [dimension,
 * 3 dimension] copy of Wq, Wk and Wv side by side made at each forward (the parameters stay
 * separate for the optimisers and exports; their gradients are split back from one product).
 * Heads of at most {@link HostKernels#WORK_LIMIT} multiply-adds ({@code steps² x k}) run as Java
 * loops ({@link AttentionHeads}); larger ones as batched libnd4j {@code matmul}s over [batch,
 * heads] with libnd4j's softmax and its gradient. The output projection is a second
 * {@code xw_plus_b}.
 */
public final class MultiHeadSelfAttention implements Op {
  /** Added to the scores of future steps: exp of it is exactly zero, even in float32. */
  private static final double MASKED = -1e9;

  private final String name;
  private final int dimension;
  private final int heads;
  private final int keySize;
  private final boolean causal;
  private final DataType type;
  private final Parameter queryWeights;
  private final Parameter queryBias;
  private final Parameter keyWeights;
  private final Parameter keyBias;
  private final Parameter valueWeights;
  private final Parameter valueBias;
  private final Parameter outputWeights;
  private final Parameter outputBias;
  /** Wq, Wk, Wv (and their biases) side by side, filled at each forward. */
  private final INDArray projectionWeights;
  private final INDArray projectionBias;
  private final AttentionHeads hostHeads;

  private final NativeOp projectInput = new NativeOp("xw_plus_b", 3, 1);
  private final NativeOp projectOutput = new NativeOp("xw_plus_b", 3, 1);
  private final NativeOp scores;
  private final NativeOp softmax = new NativeOp("softmax", 1, 1, new long[] {3});
  private final NativeOp weightedValues = matmul(false, false, 1, 0);
  private final NativeOp softmaxGradient = new NativeOp("softmax_bp", 2, 1, new long[] {3});
  private final NativeOp gradWeights = matmul(false, true, 1, 0);
  private final NativeOp gradValues = matmul(true, false, 1, 0);
  private final NativeOp gradQueries;
  private final NativeOp gradKeys;
  private final NativeOp addOutputWeightGrad = matmul(true, false, 1, 1);
  private final NativeOp addOutputBiasGrad = matmul(false, false, 1, 1);
  private final NativeOp gradConcatenated = matmul(false, true, 1, 0);
  private final NativeOp projectionWeightGrad = matmul(true, false, 1, 0);
  private final NativeOp projectionBiasGrad = matmul(false, false, 1, 0);
  private final NativeOp gradInputProduct = matmul(false, true, 1, 0);

  /** x as rows [batch x steps, dimension]. */
  private INDArray rows;
  private long batch;
  private long steps;
  /** Whether the last forward's heads ran in Java ({@link #hostHeads}). */
  private boolean small;
  /** Q, K, V side by side, rows [batch x steps, 3 dimension]; in Java for small heads. */
  private INDArray projectedRows;
  private double[] projected;
  /** Native heads: Q, K, V per head [batch, heads, steps, k]. */
  private INDArray queries;
  private INDArray keys;
  private INDArray values;
  /** Native heads: scaled (and masked) scores and their softmax, [batch, heads, steps, steps]. */
  private INDArray scoreValues;
  private INDArray attention;
  /** Whether {@link #attention} lags the Java heads' weights of the last forward. */
  private boolean attentionStale;
  private INDArray headOutputs;
  /** The heads side by side, rows [batch x steps, dimension]: the output projection's input. */
  private INDArray concatenated;
  private INDArray output;
  private INDArray mask;
  private INDArray ones;
  private double[] packed;
  private double[] unpacked;

  private INDArray gradConcatenatedRows;
  private double[] gradConcatenatedValues;
  private INDArray gradHeadOutputs;
  private INDArray gradAttention;
  private INDArray gradScores;
  private final INDArray[] gradHeads = new INDArray[3];
  /** The gradient of Q, K, V side by side, rows [batch x steps, 3 dimension]. */
  private INDArray gradProjectedRows;
  private INDArray gradProjectionWeights;
  private INDArray gradProjectionBias;
  private INDArray gradInput;

  /**
   * Creates a self-attention layer.
   *
   * @param name unique layer name, prefix of the parameter names
   * @param dimension size of each step's vector, in and out
   * @param heads number of heads; must divide {@code dimension}
   * @param causal whether each step sees only itself and earlier steps
   * @param type floating-point data type
   * @param seed seed of the weight draws
   */
  public MultiHeadSelfAttention(String name, int dimension, int heads, boolean causal,
      DataType type, long seed) {
    if (dimension <= 0 || heads <= 0 || dimension % heads != 0) {
      throw new IllegalArgumentException("MultiHeadSelfAttention " + name + " expects a positive "
          + "dimension divisible by a positive number of heads. Received: dimension=" + dimension
          + ", heads=" + heads);
    }
    this.name = name;
    this.dimension = dimension;
    this.heads = heads;
    this.keySize = dimension / heads;
    this.causal = causal;
    this.type = type;
    double scale = 1 / Math.sqrt(keySize);
    queryWeights = weights("Wq", seed);
    queryBias = new Parameter(name + "/bq", Nd4j.zeros(type, dimension));
    keyWeights = weights("Wk", seed + 1);
    keyBias = new Parameter(name + "/bk", Nd4j.zeros(type, dimension));
    valueWeights = weights("Wv", seed + 2);
    valueBias = new Parameter(name + "/bv", Nd4j.zeros(type, dimension));
    outputWeights = weights("Wo", seed + 3);
    outputBias = new Parameter(name + "/bo", Nd4j.zeros(type, dimension));
    projectionWeights = Nd4j.createUninitialized(type, dimension, 3L * dimension);
    projectionBias = Nd4j.createUninitialized(type, 3L * dimension);
    hostHeads = new AttentionHeads(dimension, heads, causal);
    scores = matmul(false, true, scale, 0);
    gradQueries = matmul(false, false, scale, 0);
    gradKeys = matmul(true, false, scale, 0);
  }

  private Parameter weights(String suffix, long seed) {
    return new Parameter(name + "/" + suffix, Initializer.GLOROT_UNIFORM.create(
        new long[] {dimension, dimension}, dimension, dimension, type, seed));
  }

  /** z = alpha op(x) op(y) + beta z, batched over leading axes. */
  private static NativeOp matmul(boolean transposeX, boolean transposeY, double alpha,
      double beta) {
    return new NativeOp("matmul", 2, 1, new long[] {transposeX ? 1 : 0, transposeY ? 1 : 0, 0},
        alpha, beta);
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 3 || x.size(2) != dimension) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, steps, "
          + dimension + "]. Received: " + Arrays.toString(x.shape()));
    }
    batch = x.size(0);
    steps = x.size(1);
    long n = batch * steps;
    rows = (x.dataType() == type ? x : x.castTo(type)).reshape('c', n, dimension);
    packProjection();
    projectedRows = Tensors.reuse(projectedRows, type, n, 3L * dimension);
    projectInput.run(new INDArray[] {rows, projectionWeights, projectionBias}, projectedRows);
    concatenated = Tensors.reuse(concatenated, type, n, dimension);
    small = HostKernels.handles(type) && AttentionHeads.fits(steps, keySize);
    if (small) {
      projected = HostKernels.read(projectedRows, projected);
      HostKernels.write(hostHeads.forward(projected, (int) batch, (int) steps), concatenated);
      attentionStale = true;
    } else {
      attendNatively();
    }
    output = Tensors.reuse(output, type, n, dimension);
    projectOutput.run(new INDArray[] {concatenated, outputWeights.value(), outputBias.value()},
        output);
    return output.reshape('c', batch, steps, dimension);
  }

  /** The per-head products, softmax and weighted sums as batched libnd4j calls. */
  private void attendNatively() {
    queries = splitHeads(projectedRows, 0, queries);
    keys = splitHeads(projectedRows, 1, keys);
    values = splitHeads(projectedRows, 2, values);
    scoreValues = Tensors.reuse(scoreValues, type, batch, heads, steps, steps);
    scores.run(new INDArray[] {queries, keys}, scoreValues);
    if (causal) {
      scoreValues.reshape('c', batch * heads, steps * steps).addiRowVector(causalMask());
    }
    attention = Tensors.reuse(attention, type, batch, heads, steps, steps);
    softmax.run(scoreValues, attention);
    attentionStale = false;
    headOutputs = Tensors.reuse(headOutputs, type, batch, heads, steps, keySize);
    weightedValues.run(new INDArray[] {attention, values}, headOutputs);
    mergeHeads(headOutputs, concatenated, 0);
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(rows, this);
    if (!Arrays.equals(gradOutput.shape(), new long[] {batch, steps, dimension})) {
      throw new IllegalArgumentException(this + " expects an output gradient of shape ["
          + batch + ", " + steps + ", " + dimension + "]. Received: "
          + Arrays.toString(gradOutput.shape()));
    }
    long n = batch * steps;
    INDArray g = gradOutput.reshape('c', n, dimension);
    if (ones == null || ones.size(1) != n) {
      ones = Nd4j.ones(type, 1, n);
    }
    addOutputWeightGrad.run(new INDArray[] {concatenated, g}, outputWeights.grad());
    addOutputBiasGrad.run(new INDArray[] {ones, g}, outputBias.grad().reshape(1, dimension));
    gradConcatenatedRows = Tensors.reuse(gradConcatenatedRows, type, n, dimension);
    gradConcatenated.run(new INDArray[] {g, outputWeights.value()}, gradConcatenatedRows);

    gradProjectedRows = Tensors.reuse(gradProjectedRows, type, n, 3L * dimension);
    if (small) {
      gradConcatenatedValues = HostKernels.read(gradConcatenatedRows, gradConcatenatedValues);
      HostKernels.write(hostHeads.backward(gradConcatenatedValues), gradProjectedRows);
    } else {
      backpropagateNatively();
    }
    // The fused projection's gradients, split back onto Wq, Wk, Wv and their biases.
    gradProjectionWeights =
        Tensors.reuse(gradProjectionWeights, type, dimension, 3L * dimension);
    projectionWeightGrad.run(new INDArray[] {rows, gradProjectedRows}, gradProjectionWeights);
    gradProjectionBias = Tensors.reuse(gradProjectionBias, type, 1, 3L * dimension);
    projectionBiasGrad.run(new INDArray[] {ones, gradProjectedRows}, gradProjectionBias);
    unpackGradients();
    gradInput = Tensors.reuse(gradInput, type, n, dimension);
    gradInputProduct.run(new INDArray[] {gradProjectedRows, projectionWeights}, gradInput);
    return new INDArray[] {gradInput.reshape('c', batch, steps, dimension)};
  }

  /** The native heads' backward: from dO (merged rows) to dQ, dK, dV side by side. */
  private void backpropagateNatively() {
    gradHeadOutputs = splitHeads(gradConcatenatedRows, 0, gradHeadOutputs);
    gradAttention = Tensors.reuse(gradAttention, type, batch, heads, steps, steps);
    gradWeights.run(new INDArray[] {gradHeadOutputs, values}, gradAttention); // dA = dO V^T
    gradHeads[2] = Tensors.reuse(gradHeads[2], type, batch, heads, steps, keySize);
    gradValues.run(new INDArray[] {attention, gradHeadOutputs}, gradHeads[2]); // dV = A^T dO
    // Masked scores get no gradient: their attention weight is exactly zero.
    gradScores = Tensors.reuse(gradScores, type, batch, heads, steps, steps);
    softmaxGradient.run(new INDArray[] {scoreValues, gradAttention}, gradScores);
    gradHeads[0] = Tensors.reuse(gradHeads[0], type, batch, heads, steps, keySize);
    gradQueries.run(new INDArray[] {gradScores, keys}, gradHeads[0]); // dQ = s dS K
    gradHeads[1] = Tensors.reuse(gradHeads[1], type, batch, heads, steps, keySize);
    gradKeys.run(new INDArray[] {gradScores, queries}, gradHeads[1]); // dK = s dS^T Q
    for (int p = 0; p < 3; p++) {
      mergeHeads(gradHeads[p], gradProjectedRows, p);
    }
  }

  /** Copies Wq, Wk, Wv into {@link #projectionWeights} side by side, and their biases. */
  private void packProjection() {
    Parameter[] w = {queryWeights, keyWeights, valueWeights};
    Parameter[] b = {queryBias, keyBias, valueBias};
    int width = 3 * dimension;
    packed = packed != null ? packed : new double[dimension * width];
    for (int p = 0; p < 3; p++) {
      unpacked = HostKernels.read(w[p].value(), unpacked);
      for (int r = 0; r < dimension; r++) {
        System.arraycopy(unpacked, r * dimension, packed, r * width + p * dimension, dimension);
      }
    }
    HostKernels.write(packed, projectionWeights);
    for (int p = 0; p < 3; p++) {
      unpacked = HostKernels.read(b[p].value(), unpacked);
      System.arraycopy(unpacked, 0, packed, p * dimension, dimension);
    }
    HostKernels.write(packed, projectionBias);
  }

  /** Adds the fused projection's weight and bias gradients into the six parameters'. */
  private void unpackGradients() {
    Parameter[] w = {queryWeights, keyWeights, valueWeights};
    Parameter[] b = {queryBias, keyBias, valueBias};
    int width = 3 * dimension;
    packed = HostKernels.read(gradProjectionWeights, packed);
    for (int p = 0; p < 3; p++) {
      unpacked = HostKernels.read(w[p].grad(), unpacked);
      for (int r = 0; r < dimension; r++) {
        for (int c = 0; c < dimension; c++) {
          unpacked[r * dimension + c] += packed[r * width + p * dimension + c];
        }
      }
      HostKernels.write(unpacked, w[p].grad());
    }
    packed = HostKernels.read(gradProjectionBias, packed);
    for (int p = 0; p < 3; p++) {
      unpacked = HostKernels.read(b[p].grad(), unpacked);
      for (int c = 0; c < dimension; c++) {
        unpacked[c] += packed[p * dimension + c];
      }
      HostKernels.write(unpacked, b[p].grad());
    }
  }

  /**
   * Block {@code block} of rows [batch x steps, blocks x dimension] (Q, K, V side by side, or one
   * block) to a row-major [batch, heads, steps, k], into {@code into}.
   */
  private INDArray splitHeads(INDArray rowsOfBlocks, int block, INDArray into) {
    INDArray result = Tensors.reuse(into, type, batch, heads, steps, keySize);
    result.assign(headsView(rowsOfBlocks, block));
    return result;
  }

  /** The inverse of {@link #splitHeads}: [batch, heads, steps, k] into block {@code block}. */
  private void mergeHeads(INDArray perHead, INDArray rowsOfBlocks, int block) {
    headsView(rowsOfBlocks, block).assign(perHead);
  }

  /** Block {@code block} of the rows seen as [batch, heads, steps, k], a view. */
  private INDArray headsView(INDArray rowsOfBlocks, int block) {
    long blocks = rowsOfBlocks.size(1) / dimension;
    return rowsOfBlocks.reshape('c', batch, steps, blocks, heads, keySize)
        .get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(block), NDArrayIndex.all(),
            NDArrayIndex.all())
        .permute(0, 2, 1, 3);
  }

  /** A [1, steps²] row: 0 where step j may be seen from step i (j <= i), else {@link #MASKED}. */
  private INDArray causalMask() {
    if (mask == null || mask.length() != steps * steps) {
      double[] values = new double[(int) (steps * steps)];
      for (int i = 0; i < steps; i++) {
        for (int j = i + 1; j < steps; j++) {
          values[(int) (i * steps + j)] = MASKED;
        }
      }
      mask = Nd4j.create(values, new long[] {1, steps * steps}, type);
    }
    return mask;
  }

  /**
   * The attention weights of the last forward, [batch, heads, steps (query), steps (key)], each
   * row summing to 1: for views that show which steps each step looked at. Read it before the next
   * forward, which overwrites it.
   */
  public INDArray attentionWeights() {
    if (attentionStale) {
      attention = Tensors.reuse(attention, type, batch, heads, steps, steps);
      HostKernels.write(hostHeads.weights(), attention);
      attentionStale = false;
    }
    return attention;
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(queryWeights, queryBias, keyWeights, keyBias, valueWeights, valueBias,
        outputWeights, outputBias);
  }

  @Override
  public String toString() {
    return "MultiHeadSelfAttention " + name + " (" + heads + " heads x " + keySize
        + (causal ? ", causal" : "") + ")";
  }
}
