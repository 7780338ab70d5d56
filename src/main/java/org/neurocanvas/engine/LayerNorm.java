package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Layer normalisation (Ba et al., 2016) over the last axis of each sample's vector or each step of
 * a sequence: y = gamma (x - mean) / sqrt(var + epsilon) + beta, with mean and the biased var taken
 * over the last axis only, so training and inference compute the same thing.
 *
 * <p>gamma ({@code name/gamma}, ones) and beta ({@code name/beta}, zeros) have one value per
 * feature, as in Keras's LayerNormalization and PyTorch's LayerNorm. libnd4j's {@code layer_norm}
 * is not used: its epsilon is fixed, so it could not match either.
 *
 * <p>Both passes are Java loops over each row (in double precision, see {@link HostKernels}): the
 * same arithmetic through INDArray methods took ~22 native calls, most allocating, which made the
 * two LayerNorms of the sample transformer encoder a quarter of its step.
 */
public final class LayerNorm implements Op {
  private final String name;
  private final int features;
  private final double epsilon;
  private final DataType type;
  private final Parameter gamma;
  private final Parameter beta;

  private long[] inputShape;
  private int rows;
  /** The normalised input, (x - mean) / sqrt(var + epsilon), row after row. */
  private double[] normalized;
  /** 1 / sqrt(var + epsilon) of each row. */
  private double[] inverseStd;
  private double[] values;
  private double[] gammaValues;
  private double[] sums;
  private INDArray output;
  private INDArray gradInput;

  /**
   * Creates a layer normalisation.
   *
   * @param name unique layer name, prefix of the parameter names
   * @param features size of the last axis
   * @param epsilon added to the variance, positive (Keras's default 1e-3, PyTorch's 1e-5)
   * @param type floating-point data type
   */
  public LayerNorm(String name, int features, double epsilon, DataType type) {
    if (features <= 0 || !(epsilon > 0)) {
      throw new IllegalArgumentException("LayerNorm " + name + " expects features > 0 and "
          + "epsilon > 0. Received: features=" + features + ", epsilon=" + epsilon);
    }
    if (!HostKernels.handles(type)) {
      throw new IllegalArgumentException("LayerNorm " + name + " computes in float32 or float64. "
          + "Received: " + type);
    }
    this.name = name;
    this.features = features;
    this.epsilon = epsilon;
    this.type = type;
    this.gamma = new Parameter(name + "/gamma", Nd4j.ones(type, features));
    this.beta = new Parameter(name + "/beta", Nd4j.zeros(type, features));
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() < 2 || x.size(x.rank() - 1) != features) {
      throw new IllegalArgumentException(this + " expects input whose last axis has " + features
          + " features. Received: " + Arrays.toString(x.shape()));
    }
    inputShape = x.shape();
    rows = (int) (x.length() / features);
    int n = rows * features;
    values = HostKernels.read(x, values);
    gammaValues = HostKernels.read(gamma.value(), gammaValues);
    double[] shift = HostKernels.read(beta.value(), null);
    if (normalized == null || normalized.length < n) {
      normalized = new double[n];
    }
    if (inverseStd == null || inverseStd.length < rows) {
      inverseStd = new double[rows];
    }
    for (int r = 0; r < rows; r++) {
      int at = r * features;
      double mean = 0;
      for (int f = 0; f < features; f++) {
        mean += values[at + f];
      }
      mean /= features;
      double variance = 0;
      for (int f = 0; f < features; f++) {
        double d = values[at + f] - mean;
        variance += d * d;
      }
      double inverse = 1 / Math.sqrt(variance / features + epsilon);
      inverseStd[r] = inverse;
      for (int f = 0; f < features; f++) {
        double xhat = (values[at + f] - mean) * inverse;
        normalized[at + f] = xhat;
        values[at + f] = xhat * gammaValues[f] + shift[f];
      }
    }
    output = Tensors.reuse(output, type, inputShape);
    HostKernels.write(values, output);
    return output;
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(normalized, this);
    if (!Arrays.equals(gradOutput.shape(), inputShape)) {
      throw new IllegalArgumentException(this + " expects an output gradient of shape "
          + Arrays.toString(inputShape) + ". Received: " + Arrays.toString(gradOutput.shape()));
    }
    double[] g = values = HostKernels.read(gradOutput, values);
    if (sums == null) {
      sums = new double[2 * features];
    }
    Arrays.fill(sums, 0);
    // Each row's mean and variance depend on all of it: with gx = g gamma,
    // dx = (gx - mean(gx) - xhat mean(gx xhat)) / sqrt(var + epsilon), means along the row.
    for (int r = 0; r < rows; r++) {
      int at = r * features;
      double meanGx = 0;
      double meanGxXhat = 0;
      for (int f = 0; f < features; f++) {
        double xhat = normalized[at + f];
        sums[f] += g[at + f] * xhat; // gamma's gradient
        sums[features + f] += g[at + f]; // beta's
        double gx = g[at + f] * gammaValues[f];
        g[at + f] = gx;
        meanGx += gx;
        meanGxXhat += gx * xhat;
      }
      meanGx /= features;
      meanGxXhat /= features;
      for (int f = 0; f < features; f++) {
        g[at + f] = (g[at + f] - meanGx - normalized[at + f] * meanGxXhat) * inverseStd[r];
      }
    }
    addInto(gamma.grad(), 0);
    addInto(beta.grad(), features);
    gradInput = Tensors.reuse(gradInput, type, inputShape);
    HostKernels.write(g, gradInput);
    return new INDArray[] {gradInput};
  }

  /** Adds {@code sums[offset..offset + features)} into a parameter gradient. */
  private void addInto(INDArray grad, int offset) {
    double[] current = HostKernels.read(grad, null);
    for (int f = 0; f < features; f++) {
      current[f] += sums[offset + f];
    }
    HostKernels.write(current, grad);
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(gamma, beta);
  }

  @Override
  public String toString() {
    return "LayerNorm " + name + " (" + features + " features)";
  }
}
