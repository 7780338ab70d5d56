package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gives each sample a new shape without changing any value, in row-major (C) order: {@link
 * #flatten()} turns [batch, h, w, c] into [batch, h·w·c] in Keras's Flatten order (channel
 * fastest). Backward gives the gradient the input's shape back. Both are views, not copies, when
 * the array is laid out row-major.
 */
public final class Reshape implements Op {
  /** The target shape of one sample, or null to flatten. */
  private final long[] sampleShape;
  private long[] inputShape;
  private long[] outputShape;

  private Reshape(long[] sampleShape) {
    this.sampleShape = sampleShape;
  }

  /** Flattens each sample to one vector. */
  public static Reshape flatten() {
    return new Reshape(null);
  }

  /**
   * Reshapes each sample to {@code sampleShape}, for example a row of 784 pixels to [28, 28, 1].
   *
   * @throws IllegalArgumentException if a dimension is not positive
   */
  public static Reshape to(long... sampleShape) {
    if (sampleShape.length == 0 || Arrays.stream(sampleShape).anyMatch(d -> d < 1)) {
      throw new IllegalArgumentException(
          "Expected a sample shape of positive sizes. Received: " + Arrays.toString(sampleShape));
    }
    return new Reshape(sampleShape.clone());
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    long batch = x.size(0);
    long perSample = x.length() / Math.max(batch, 1);
    long[] target = new long[sampleShape == null ? 2 : sampleShape.length + 1];
    target[0] = batch;
    if (sampleShape == null) {
      target[1] = perSample;
    } else {
      System.arraycopy(sampleShape, 0, target, 1, sampleShape.length);
      if (Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b) != perSample) {
        throw new IllegalArgumentException(this + " cannot hold samples of shape "
            + Arrays.toString(Arrays.copyOfRange(x.shape(), 1, x.rank())) + ".");
      }
    }
    inputShape = x.shape();
    outputShape = target;
    return x.reshape('c', target);
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(inputShape, this);
    if (!Arrays.equals(gradOutput.shape(), outputShape)) {
      throw new IllegalArgumentException(this + " expects an output gradient of shape "
          + Arrays.toString(outputShape) + ". Received: " + Arrays.toString(gradOutput.shape()));
    }
    return new INDArray[] {gradOutput.reshape('c', inputShape)};
  }

  @Override
  public String toString() {
    return sampleShape == null ? "Flatten" : "Reshape" + Arrays.toString(sampleShape);
  }
}
