package org.neurocanvas.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout: while training, each value is kept with probability 1 - rate and scaled by 1 /
 * (1 - rate), so that inference can pass values through unchanged.
 *
 * <p>The masks come from this op's own random generator, seeded at construction: the same seed
 * and the same sequence of training passes give the same masks, whatever else draws numbers.
 */
public final class Dropout implements Op {
  private final double rate;
  private final long seed;
  private final Random random;
  private INDArray mask;
  private INDArray output;
  private INDArray gradInput;
  /** Whether the last forward dropped values; if not, backward passes the gradient through. */
  private boolean masked;
  private INDArray input;

  /**
   * Creates a dropout op.
   *
   * @param rate fraction of values dropped in training, in [0, 1)
   * @param seed seed of the masks
   */
  public Dropout(double rate, long seed) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("Expected a dropout rate in [0, 1). Received: " + rate);
    }
    this.rate = rate;
    this.seed = seed;
    this.random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    input = Tensors.single(inputs, this);
    masked = training && rate > 0;
    if (!masked) {
      return input;
    }
    mask = Tensors.reuse(mask, input.dataType(), input.shape());
    Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1 - rate), random);
    mask.muli(1 / (1 - rate));
    output = Tensors.reuse(output, input.dataType(), input.shape());
    return input.mul(mask, output);
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    Tensors.requireSameShape(gradOutput, input, this);
    if (!masked) {
      return new INDArray[] {gradOutput};
    }
    gradInput = Tensors.reuse(gradInput, input.dataType(), input.shape());
    return new INDArray[] {gradOutput.mul(mask, gradInput)};
  }

  /** Starts the mask sequence again from the seed, so that training passes can be repeated. */
  public void restart() {
    random.setSeed(seed);
  }

  @Override
  public String toString() {
    return "Dropout(" + rate + ")";
  }
}
