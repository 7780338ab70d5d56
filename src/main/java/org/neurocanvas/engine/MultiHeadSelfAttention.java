package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
 * <p>The projections are fused {@code xw_plus_b} calls on all steps at once, the per-head products
 * batched {@code matmul}s over [batch, heads], the softmax and its gradient libnd4j's.
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
  private final double scale;
  private final Parameter queryWeights;
  private final Parameter queryBias;
  private final Parameter keyWeights;
  private final Parameter keyBias;
  private final Parameter valueWeights;
  private final Parameter valueBias;
  private final Parameter outputWeights;
  private final Parameter outputBias;

  private final NativeOp projectQuery = new NativeOp("xw_plus_b", 3, 1);
  private final NativeOp projectKey = new NativeOp("xw_plus_b", 3, 1);
  private final NativeOp projectValue = new NativeOp("xw_plus_b", 3, 1);
  private final NativeOp projectOutput = new NativeOp("xw_plus_b", 3, 1);
  private final NativeOp scores;
  private final NativeOp softmax = new NativeOp("softmax", 1, 1, new long[] {3});
  private final NativeOp weightedValues = matmul(false, false, 1, 0);
  private final NativeOp softmaxGradient = new NativeOp("softmax_bp", 2, 1, new long[] {3});
  private final NativeOp gradWeights = matmul(false, true, 1, 0);
  private final NativeOp gradValues = matmul(true, false, 1, 0);
  private final NativeOp gradQueries;
  private final NativeOp gradKeys;
  private final NativeOp[] addWeightGrad = {matmul(true, false, 1, 1), matmul(true, false, 1, 1),
      matmul(true, false, 1, 1), matmul(true, false, 1, 1)};
  private final NativeOp[] addBiasGrad = {matmul(false, false, 1, 1), matmul(false, false, 1, 1),
      matmul(false, false, 1, 1), matmul(false, false, 1, 1)};
  private final NativeOp[] gradInputTerm = {matmul(false, true, 1, 0), matmul(false, true, 1, 1),
      matmul(false, true, 1, 1)};
  private final NativeOp gradConcatenated = matmul(false, true, 1, 0);

  /** x as rows [batch x steps, dimension]. */
  private INDArray rows;
  private long batch;
  private long steps;
  /** Q, K, V as rows, then per head [batch, heads, steps, k]. */
  private INDArray queryRows;
  private INDArray keyRows;
  private INDArray valueRows;
  private INDArray queries;
  private INDArray keys;
  private INDArray values;
  /** Scaled (and masked) scores and their softmax, [batch, heads, steps, steps]. */
  private INDArray scoreValues;
  private INDArray attention;
  private INDArray headOutputs;
  /** The heads side by side, rows [batch x steps, dimension]: the output projection's input. */
  private INDArray concatenated;
  private INDArray output;
  private INDArray mask;
  private INDArray ones;

  private INDArray gradConcatenatedRows;
  private INDArray gradHeadOutputs;
  private INDArray gradAttention;
  private INDArray gradScores;
  private INDArray[] gradHeads = new INDArray[3];
  private INDArray[] gradProjectionRows = new INDArray[3];
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
    this.scale = 1 / Math.sqrt(keySize);
    queryWeights = weights("Wq", seed);
    queryBias = new Parameter(name + "/bq", Nd4j.zeros(type, dimension));
    keyWeights = weights("Wk", seed + 1);
    keyBias = new Parameter(name + "/bk", Nd4j.zeros(type, dimension));
    valueWeights = weights("Wv", seed + 2);
    valueBias = new Parameter(name + "/bv", Nd4j.zeros(type, dimension));
    outputWeights = weights("Wo", seed + 3);
    outputBias = new Parameter(name + "/bo", Nd4j.zeros(type, dimension));
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
    queryRows = Tensors.reuse(queryRows, type, n, dimension);
    keyRows = Tensors.reuse(keyRows, type, n, dimension);
    valueRows = Tensors.reuse(valueRows, type, n, dimension);
    projectQuery.run(new INDArray[] {rows, queryWeights.value(), queryBias.value()}, queryRows);
    projectKey.run(new INDArray[] {rows, keyWeights.value(), keyBias.value()}, keyRows);
    projectValue.run(new INDArray[] {rows, valueWeights.value(), valueBias.value()}, valueRows);
    queries = splitHeads(queryRows, queries);
    keys = splitHeads(keyRows, keys);
    values = splitHeads(valueRows, values);

    scoreValues = Tensors.reuse(scoreValues, type, batch, heads, steps, steps);
    scores.run(new INDArray[] {queries, keys}, scoreValues);
    if (causal) {
      scoreValues.reshape('c', batch * heads, steps * steps).addiRowVector(causalMask());
    }
    attention = Tensors.reuse(attention, type, batch, heads, steps, steps);
    softmax.run(scoreValues, attention);
    headOutputs = Tensors.reuse(headOutputs, type, batch, heads, steps, keySize);
    weightedValues.run(new INDArray[] {attention, values}, headOutputs);

    concatenated = mergeHeads(headOutputs, concatenated);
    output = Tensors.reuse(output, type, n, dimension);
    projectOutput.run(new INDArray[] {concatenated, outputWeights.value(), outputBias.value()},
        output);
    return output.reshape('c', batch, steps, dimension);
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
    accumulate(0, concatenated, g, outputWeights, outputBias);
    gradConcatenatedRows = Tensors.reuse(gradConcatenatedRows, type, n, dimension);
    gradConcatenated.run(new INDArray[] {g, outputWeights.value()}, gradConcatenatedRows);
    gradHeadOutputs = splitHeads(gradConcatenatedRows, gradHeadOutputs);

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

    Parameter[][] projections = {{queryWeights, queryBias}, {keyWeights, keyBias},
        {valueWeights, valueBias}};
    gradInput = Tensors.reuse(gradInput, type, n, dimension);
    for (int p = 0; p < 3; p++) {
      gradProjectionRows[p] = mergeHeads(gradHeads[p], gradProjectionRows[p]);
      accumulate(p + 1, rows, gradProjectionRows[p], projections[p][0], projections[p][1]);
      // dx = dQ Wq^T + dK Wk^T + dV Wv^T, the last two added in place.
      gradInputTerm[p].run(new INDArray[] {gradProjectionRows[p], projections[p][0].value()},
          gradInput);
    }
    return new INDArray[] {gradInput.reshape('c', batch, steps, dimension)};
  }

  /** dW += in^T g and db += column sums of g, for one of the four projections. */
  private void accumulate(int projection, INDArray in, INDArray g, Parameter w, Parameter b) {
    addWeightGrad[projection].run(new INDArray[] {in, g}, w.grad());
    addBiasGrad[projection].run(new INDArray[] {ones, g}, b.grad().reshape(1, dimension));
  }

  /** Rows [batch x steps, heads x k] to a row-major [batch, heads, steps, k], into {@code into}. */
  private INDArray splitHeads(INDArray projected, INDArray into) {
    INDArray result = Tensors.reuse(into, type, batch, heads, steps, keySize);
    result.assign(projected.reshape('c', batch, steps, heads, keySize).permute(0, 2, 1, 3));
    return result;
  }

  /** The inverse of {@link #splitHeads}: [batch, heads, steps, k] to rows [batch x steps, d]. */
  private INDArray mergeHeads(INDArray perHead, INDArray into) {
    INDArray result = Tensors.reuse(into, type, batch * steps, dimension);
    result.reshape('c', batch, steps, heads, keySize).assign(perHead.permute(0, 2, 1, 3));
    return result;
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
