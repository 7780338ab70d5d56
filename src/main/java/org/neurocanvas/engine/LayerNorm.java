package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Layer normalisation (Ba et al., 2016) over the last axis of each sample's vector or each step of
 * a sequence: y = gamma (x - mean) / sqrt(var + epsilon) + beta, with mean and the biased var taken
 * over the last axis only, so training and inference compute the same thing.
 *
 * <p>gamma ({@code name/gamma}, ones) and beta ({@code name/beta}, zeros) have one value per
 * feature, as in Keras's LayerNormalization and PyTorch's LayerNorm. libnd4j's {@code layer_norm}
 * is not used: its epsilon is fixed, so it could not match either.
 */
public final class LayerNorm implements Op {
  private final String name;
  private final int features;
  private final double epsilon;
  private final DataType type;
  private final Parameter gamma;
  private final Parameter beta;

  private long[] inputShape;
  /** The normalised input, (x - mean) / sqrt(var + epsilon), as [rows, features]. */
  private INDArray normalized;
  /** 1 / sqrt(var + epsilon) of each row. */
  private INDArray inverseStd;

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
    INDArray rows = (x.dataType() == type ? x : x.castTo(type))
        .reshape('c', x.length() / features, features);
    INDArray mean = rows.mean(1);
    inverseStd = Transforms.pow(rows.var(false, 1).addi(epsilon), -0.5, false);
    normalized = rows.subColumnVector(mean).muliColumnVector(inverseStd);
    return normalized.mulRowVector(gamma.value()).addiRowVector(beta.value())
        .reshape('c', inputShape);
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(normalized, this);
    if (!Arrays.equals(gradOutput.shape(), inputShape)) {
      throw new IllegalArgumentException(this + " expects an output gradient of shape "
          + Arrays.toString(inputShape) + ". Received: " + Arrays.toString(gradOutput.shape()));
    }
    INDArray g = gradOutput.reshape('c', normalized.shape());
    gamma.accumulateGrad(g.mul(normalized).sum(0));
    beta.accumulateGrad(g.sum(0));
    // Each row's mean and variance depend on all of it: with gx = g gamma,
    // dx = (gx - mean(gx) - xhat mean(gx xhat)) / sqrt(var + epsilon), means along the row.
    INDArray gx = g.mulRowVector(gamma.value());
    INDArray projection = gx.mul(normalized).mean(1);
    INDArray gradInput = gx.subiColumnVector(gx.mean(1))
        .subi(normalized.mulColumnVector(projection))
        .muliColumnVector(inverseStd);
    return new INDArray[] {gradInput.reshape('c', inputShape)};
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
