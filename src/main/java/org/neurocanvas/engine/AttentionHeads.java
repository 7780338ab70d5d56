package org.neurocanvas.engine;

import java.util.Arrays;

/**
 * The per-head part of self-attention as Java loops, for heads small enough that libnd4j's
 * batched {@code matmul} (one small gemm per sample and head, each with its own set-up), its
 * softmax and the head split and merge copies cost more than the arithmetic: per head
 * {@code steps² x keySize} multiply-adds of at most {@link HostKernels#WORK_LIMIT}.
 *
 * <p>Every sample and head does the same arithmetic on arrays of a few steps and a few features,
 * too short for the JIT to vectorise. So Q, K, V are first laid out as rows [steps x k] of lanes,
 * one lane per sample and head, and each inner loop runs over the lanes of whole rows at the same
 * index: independent sums, no reductions, no offsets, which C2 turns into vector instructions. In double precision, as {@link HostKernels}.
 */
final class AttentionHeads {
  private final int dimension;
  private final int heads;
  private final int keySize;
  private final boolean causal;
  private final double scale;

  private int batch;
  private int steps;
  /** batch x heads: the innermost axis of every array below. */
  private int lanes;
  /** Q, K, V of the last forward, each [steps x k][lanes]. */
  private double[][] query;
  private double[][] key;
  private double[][] value;
  /** Softmax weights of the last forward, [steps (query) x steps (key)][lanes]. */
  private double[][] weights;
  private double[][] headOutputs;
  /** The heads' outputs side by side, [batch x steps, dimension]. */
  private double[] merged;
  private double[][] gradHeads;
  private double[][] gradQuery;
  private double[][] gradKey;
  private double[][] gradValue;
  private double[] gradProjected;
  /** Per lane: a running maximum, sum or dot product over the keys. */
  private double[] perLane;
  /** The gradient of one query's weights, then of its scores, [steps][lanes]. */
  private double[][] gradWeights;

  AttentionHeads(int dimension, int heads, boolean causal) {
    this.dimension = dimension;
    this.heads = heads;
    this.keySize = dimension / heads;
    this.causal = causal;
    this.scale = 1 / Math.sqrt(keySize);
  }

  /** Whether heads of this many steps are cheaper here than in libnd4j. */
  static boolean fits(long steps, int keySize) {
    return steps * steps * keySize <= HostKernels.WORK_LIMIT;
  }

  /**
   * Attends with every head; returns the heads' outputs side by side, [batch x steps, dimension].
   *
   * @param qkv Q, K and V rows side by side, [batch x steps, 3 dimension]
   */
  double[] forward(double[] qkv, int batch, int steps) {
    allocate(batch, steps);
    gather(qkv, 3, 0, query);
    gather(qkv, 3, 1, key);
    gather(qkv, 3, 2, value);
    double[] lane = perLane;
    for (double[] row : weights) {
      Arrays.fill(row, 0);
    }
    for (double[] row : headOutputs) {
      Arrays.fill(row, 0);
    }
    for (int i = 0; i < steps; i++) {
      // Future steps of a causal layer keep weight exactly zero, as exp(-1e9) does natively.
      int seen = causal ? i + 1 : steps;
      for (int j = 0; j < seen; j++) {
        double[] a = weights[i * steps + j];
        for (int c = 0; c < keySize; c++) {
          double[] q = query[i * keySize + c];
          double[] k = key[j * keySize + c];
          for (int l = 0; l < lanes; l++) {
            a[l] += q[l] * k[l];
          }
        }
      }
      Arrays.fill(lane, Double.NEGATIVE_INFINITY);
      for (int j = 0; j < seen; j++) {
        double[] a = weights[i * steps + j];
        for (int l = 0; l < lanes; l++) {
          a[l] *= scale;
          lane[l] = Math.max(lane[l], a[l]);
        }
      }
      for (int j = 0; j < seen; j++) {
        double[] a = weights[i * steps + j];
        for (int l = 0; l < lanes; l++) {
          a[l] = Math.exp(a[l] - lane[l]);
        }
      }
      Arrays.fill(lane, 0);
      for (int j = 0; j < seen; j++) {
        double[] a = weights[i * steps + j];
        for (int l = 0; l < lanes; l++) {
          lane[l] += a[l];
        }
      }
      for (int j = 0; j < seen; j++) {
        double[] a = weights[i * steps + j];
        for (int l = 0; l < lanes; l++) {
          a[l] /= lane[l];
        }
        for (int c = 0; c < keySize; c++) {
          double[] o = headOutputs[i * keySize + c];
          double[] v = value[j * keySize + c];
          for (int l = 0; l < lanes; l++) {
            o[l] += a[l] * v[l];
          }
        }
      }
    }
    merged = grown(merged, batch * steps * dimension);
    scatter(headOutputs, merged, 1, 0);
    return merged;
  }

  /**
   * Backpropagates through the last forward.
   *
   * @param gradHeadOutputs the gradient of the heads' outputs, [batch x steps, dimension]
   * @return the gradient of Q, K and V side by side, [batch x steps, 3 dimension]
   */
  double[] backward(double[] gradHeadOutputs) {
    gather(gradHeadOutputs, 1, 0, gradHeads);
    double[] lane = perLane;
    for (int r = 0; r < steps * keySize; r++) {
      Arrays.fill(gradQuery[r], 0);
      Arrays.fill(gradKey[r], 0);
      Arrays.fill(gradValue[r], 0);
    }
    for (int i = 0; i < steps; i++) {
      int seen = causal ? i + 1 : steps;
      // dA_ij = dO_i . v_j and dV_j += A_ij dO_i.
      for (int j = 0; j < seen; j++) {
        double[] a = weights[i * steps + j];
        double[] dA = gradWeights[j];
        Arrays.fill(dA, 0);
        for (int c = 0; c < keySize; c++) {
          double[] dO = gradHeads[i * keySize + c];
          double[] v = value[j * keySize + c];
          double[] dV = gradValue[j * keySize + c];
          for (int l = 0; l < lanes; l++) {
            dA[l] += dO[l] * v[l];
            dV[l] += a[l] * dO[l];
          }
        }
      }
      // The softmax: dS_ij = A_ij (dA_ij - sum over j of A_ij dA_ij), times the scale.
      Arrays.fill(lane, 0);
      for (int j = 0; j < seen; j++) {
        double[] a = weights[i * steps + j];
        double[] dA = gradWeights[j];
        for (int l = 0; l < lanes; l++) {
          lane[l] += a[l] * dA[l];
        }
      }
      for (int j = 0; j < seen; j++) {
        double[] a = weights[i * steps + j];
        double[] dA = gradWeights[j];
        for (int l = 0; l < lanes; l++) {
          dA[l] = a[l] * (dA[l] - lane[l]) * scale;
        }
      }
      // dQ_i = dS_i K and dK_j += dS_ij q_i.
      for (int j = 0; j < seen; j++) {
        double[] dS = gradWeights[j];
        for (int c = 0; c < keySize; c++) {
          double[] q = query[i * keySize + c];
          double[] k = key[j * keySize + c];
          double[] dQ = gradQuery[i * keySize + c];
          double[] dK = gradKey[j * keySize + c];
          for (int l = 0; l < lanes; l++) {
            dQ[l] += dS[l] * k[l];
            dK[l] += dS[l] * q[l];
          }
        }
      }
    }
    gradProjected = grown(gradProjected, batch * steps * 3 * dimension);
    scatter(gradQuery, gradProjected, 3, 0);
    scatter(gradKey, gradProjected, 3, 1);
    scatter(gradValue, gradProjected, 3, 2);
    return gradProjected;
  }

  /** The softmax weights of the last forward, [batch, heads, steps, steps] in row-major order. */
  double[] weights() {
    double[] rowMajor = new double[batch * heads * steps * steps];
    for (int i = 0; i < steps; i++) {
      for (int j = 0; j < steps; j++) {
        double[] a = weights[i * steps + j];
        for (int l = 0; l < lanes; l++) {
          rowMajor[(l * steps + i) * steps + j] = a[l];
        }
      }
    }
    return rowMajor;
  }

  private void allocate(int batch, int steps) {
    if (batch == this.batch && steps == this.steps) {
      return;
    }
    this.batch = batch;
    this.steps = steps;
    this.lanes = batch * heads;
    int rows = steps * keySize;
    query = new double[rows][lanes];
    key = new double[rows][lanes];
    value = new double[rows][lanes];
    headOutputs = new double[rows][lanes];
    gradHeads = new double[rows][lanes];
    gradQuery = new double[rows][lanes];
    gradKey = new double[rows][lanes];
    gradValue = new double[rows][lanes];
    weights = new double[steps * steps][lanes];
    gradWeights = new double[steps][lanes];
    perLane = new double[lanes];
  }

  /**
   * Copies block {@code block} of rows [batch x steps, blocks x dimension] to [steps x k][lanes],
   * lane b x heads + h taking sample b's head h.
   */
  private void gather(double[] rows, int blocks, int block, double[][] into) {
    int width = blocks * dimension;
    for (int b = 0; b < batch; b++) {
      for (int i = 0; i < steps; i++) {
        int from = (b * steps + i) * width + block * dimension;
        for (int h = 0; h < heads; h++) {
          int lane = b * heads + h;
          for (int c = 0; c < keySize; c++) {
            into[i * keySize + c][lane] = rows[from + h * keySize + c];
          }
        }
      }
    }
  }

  /** The inverse of {@link #gather}: [steps x k][lanes] into block {@code block} of the rows. */
  private void scatter(double[][] perLane, double[] rows, int blocks, int block) {
    int width = blocks * dimension;
    for (int b = 0; b < batch; b++) {
      for (int i = 0; i < steps; i++) {
        int to = (b * steps + i) * width + block * dimension;
        for (int h = 0; h < heads; h++) {
          int lane = b * heads + h;
          for (int c = 0; c < keySize; c++) {
            rows[to + h * keySize + c] = perLane[i * keySize + c][lane];
          }
        }
      }
    }
  }

  private static double[] grown(double[] current, int length) {
    return current != null && current.length >= length ? current : new double[length];
  }
}
