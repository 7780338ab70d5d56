package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalisation over the last axis (the channels of NHWC images, the features of vectors):
 * y = gamma (x - mean) / sqrt(var + epsilon) + beta.
 *
 * <p>While training, mean and var are the statistics of the batch (over every axis but the last)
 * and the gradient flows through them; the running averages follow them with Keras's rule
 * {@code running = momentum running + (1 - momentum) batch}, using the biased batch variance. At
 * inference the running averages are used and the layer is an affine map per channel.
 *
 * <p>gamma ({@code name/gamma}, ones) and beta ({@code name/beta}, zeros) are trainable {@link
 * #parameters()}; the running averages are non-trainable {@link #state()}, named {@code
 * name/moving_mean} and {@code name/moving_variance} as in Keras.
 */
public final class BatchNorm implements Op {
  private final String name;
  private final int channels;
  private final double momentum;
  private final double epsilon;
  private final DataType type;
  private final Parameter gamma;
  private final Parameter beta;
  private final INDArray movingMean;
  private final INDArray movingVariance;

  private INDArray input;
  /** The normalised input, (x - mean) / sqrt(var + epsilon), as [rows, channels]. */
  private INDArray normalized;
  private INDArray inverseStd;
  private boolean trainingPass;

  /**
   * Creates a batch normalisation layer.
   *
   * @param name unique layer name, prefix of parameter and state names
   * @param channels size of the last axis
   * @param momentum how slowly the running averages follow each batch, in [0, 1)
   * @param epsilon added to the variance, positive
   * @param type floating-point data type
   */
  public BatchNorm(String name, int channels, double momentum, double epsilon, DataType type) {
    if (channels <= 0 || !(momentum >= 0 && momentum < 1) || !(epsilon > 0)) {
      throw new IllegalArgumentException("BatchNorm " + name + " expects channels > 0, momentum in "
          + "[0, 1) and epsilon > 0. Received: channels=" + channels + ", momentum=" + momentum
          + ", epsilon=" + epsilon);
    }
    this.name = name;
    this.channels = channels;
    this.momentum = momentum;
    this.epsilon = epsilon;
    this.type = type;
    this.gamma = new Parameter(name + "/gamma", Nd4j.ones(type, channels));
    this.beta = new Parameter(name + "/beta", Nd4j.zeros(type, channels));
    this.movingMean = Nd4j.zeros(type, channels);
    this.movingVariance = Nd4j.ones(type, channels);
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() < 2 || x.size(x.rank() - 1) != channels) {
      throw new IllegalArgumentException(this + " expects input whose last axis has " + channels
          + " channels. Received: " + Arrays.toString(x.shape()));
    }
    input = x.dataType() == type ? x : x.castTo(type);
    INDArray rows = input.reshape('c', input.length() / channels, channels);
    trainingPass = training;
    INDArray mean;
    INDArray variance;
    if (training) {
      mean = rows.mean(0);
      INDArray centered = rows.subRowVector(mean);
      variance = centered.mul(centered).mean(0);
      movingMean.muli(momentum).addi(mean.mul(1 - momentum));
      movingVariance.muli(momentum).addi(variance.mul(1 - momentum));
      normalized = centered;
    } else {
      mean = movingMean;
      variance = movingVariance;
      normalized = rows.subRowVector(mean);
    }
    inverseStd = Transforms.pow(variance.add(epsilon), -0.5, false);
    normalized.muliRowVector(inverseStd);
    return normalized.mulRowVector(gamma.value()).addiRowVector(beta.value())
        .reshape('c', input.shape());
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, input, this);
    INDArray g = gradOutput.reshape('c', normalized.shape());
    INDArray betaGrad = g.sum(0);
    INDArray gammaGrad = g.mul(normalized).sum(0);
    gamma.accumulateGrad(gammaGrad);
    beta.accumulateGrad(betaGrad);
    INDArray scale = gamma.value().mul(inverseStd);
    INDArray gradInput;
    if (trainingPass) {
      // The batch mean and variance depend on x: dx = scale (g - mean(g) - xhat mean(g xhat)).
      double rows = normalized.size(0);
      gradInput = normalized.mulRowVector(gammaGrad.div(-rows))
          .addi(g)
          .subiRowVector(betaGrad.div(rows))
          .muliRowVector(scale);
    } else {
      gradInput = g.mulRowVector(scale);
    }
    return new INDArray[] {gradInput.reshape('c', input.shape())};
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(gamma, beta);
  }

  /** The running mean and variance, updated in place by training passes. */
  @Override
  public Map<String, INDArray> state() {
    Map<String, INDArray> state = new LinkedHashMap<>();
    state.put(name + "/moving_mean", movingMean);
    state.put(name + "/moving_variance", movingVariance);
    return state;
  }

  @Override
  public String toString() {
    return "BatchNorm " + name + " (" + channels + " channels)";
  }
}
