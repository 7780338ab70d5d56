package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Pools each channel over every position of the sample: images [batch, h, w, c] and sequences
 * [batch, steps, c] both become [batch, c].
 *
 * <p>Runs as one libnd4j 2-D pooling call whose window is the whole image, and its {@code _bp}
 * back; a sequence is seen, without a copy, as an image [batch, steps, 1, c]. An average of at
 * most {@link HostKernels#ADD_LIMIT} input elements runs as Java loops instead.
 */
abstract class GlobalPool implements Op {
  private static final int NHWC = 1;
  /** avgpool2d's divisor mode; max pooling ignores it. */
  private static final int EXCLUDE_PADDING = 0;

  private final String opName;
  private final boolean averages;
  private INDArray input;
  private INDArray image;
  private INDArray pooled;
  private INDArray gradImage;
  private NativeOp pooling;
  private NativeOp poolingGradient;
  /** The image height and width the ops are bound for. */
  private long boundHeight;
  private long boundWidth;
  /** Whether the last forward averaged in Java. */
  private boolean small;
  private double[] values;
  private double[] means;

  /** @param opName {@code "avgpool2d"} or {@code "maxpool2d"} */
  GlobalPool(String opName) {
    this.opName = opName;
    this.averages = opName.equals("avgpool2d");
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 4 && x.rank() != 3) {
      throw new IllegalArgumentException(this + " expects images [batch, height, width, channels] "
          + "or sequences [batch, steps, features]. Received: " + Arrays.toString(x.shape()));
    }
    input = x;
    image = x.rank() == 4 ? x : x.reshape('c', x.size(0), x.size(1), 1, x.size(2));
    pooled = Tensors.reuse(pooled, x.dataType(), x.size(0), 1, 1, image.size(3));
    small = averages && x.length() <= HostKernels.ADD_LIMIT && HostKernels.handles(x.dataType());
    if (small) {
      averageInJava();
      return pooled.reshape(x.size(0), image.size(3));
    }
    if (pooling == null || image.size(1) != boundHeight || image.size(2) != boundWidth) {
      boundHeight = image.size(1);
      boundWidth = image.size(2);
      long[] args = {boundHeight, boundWidth, 1, 1, 0, 0, 1, 1, Padding.VALID.flag(),
          EXCLUDE_PADDING, NHWC};
      pooling = new NativeOp(opName, 1, 1, args);
      poolingGradient = new NativeOp(opName + "_bp", 2, 1, args);
    }
    pooling.run(image, pooled);
    return pooled.reshape(x.size(0), image.size(3));
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    Tensors.requireForward(input, this);
    if (gradOutput.rank() != 2 || gradOutput.size(0) != image.size(0)
        || gradOutput.size(1) != image.size(3)) {
      throw new IllegalArgumentException(this + " expects an output gradient of shape ["
          + image.size(0) + ", " + image.size(3) + "]. Received: "
          + Arrays.toString(gradOutput.shape()));
    }
    gradImage = Tensors.reuse(gradImage, input.dataType(), image.shape());
    if (small) {
      spreadInJava(gradOutput);
    } else {
      poolingGradient.run(new INDArray[] {image, gradOutput.reshape('c', pooled.shape())},
          gradImage);
    }
    return new INDArray[] {gradImage.reshape('c', input.shape())};
  }

  /** Each channel's mean over the positions: a sum, then one division, as avgpool2d. */
  private void averageInJava() {
    int samples = (int) image.size(0);
    int channels = (int) image.size(3);
    int positions = (int) (image.size(1) * image.size(2));
    values = HostKernels.read(image, values);
    means = means != null && means.length >= samples * channels ? means
        : new double[samples * channels];
    Arrays.fill(means, 0);
    for (int b = 0; b < samples; b++) {
      for (int p = 0; p < positions; p++) {
        for (int c = 0, at = (b * positions + p) * channels; c < channels; c++, at++) {
          means[b * channels + c] += values[at];
        }
      }
    }
    for (int i = 0; i < samples * channels; i++) {
      means[i] /= positions;
    }
    HostKernels.write(means, pooled);
  }

  /** Each position receives its channel's output gradient over the number of positions. */
  private void spreadInJava(INDArray gradOutput) {
    int samples = (int) image.size(0);
    int channels = (int) image.size(3);
    int positions = (int) (image.size(1) * image.size(2));
    means = HostKernels.read(gradOutput, means);
    for (int b = 0; b < samples; b++) {
      for (int p = 0; p < positions; p++) {
        for (int c = 0, at = (b * positions + p) * channels; c < channels; c++, at++) {
          values[at] = means[b * channels + c] / positions;
        }
      }
    }
    HostKernels.write(values, gradImage);
  }
}
