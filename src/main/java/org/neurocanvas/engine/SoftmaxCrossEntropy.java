package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Softmax followed by cross-entropy, for classification. Labels are either integer class indices,
 * shape [batch], of any numeric data type (Keras's sparse categorical cross-entropy), or one
 * target distribution per row, shape [batch, classes], such as one-hot rows (categorical
 * cross-entropy): the label count tells which.
 *
 * <p>The arithmetic runs in plain Java on doubles: it is O(batch x classes), far below one ND4J
 * call's overhead, and double precision with the row maximum subtracted keeps it stable.
 */
public final class SoftmaxCrossEntropy implements Loss {
  private double[] gradient;
  private long[] shape;
  private DataType type;
  /** The gradient as an array, reused from step to step: allocating one costs a native call. */
  private INDArray gradientArray;

  /** Creates the loss. */
  public SoftmaxCrossEntropy() {}

  @Override
  public double forward(INDArray logits, INDArray labels) {
    requireMatrix(logits);
    int batch = (int) logits.size(0);
    int classes = (int) logits.size(1);
    double[] targets = targetDistributions(labels, batch, classes);
    double[] logProbs = logSoftmaxRows(Tensors.toDoubles(logits), classes);
    double total = 0;
    gradient = new double[logProbs.length];
    for (int row = 0; row < batch; row++) {
      int offset = row * classes;
      double mass = 0;
      for (int k = 0; k < classes; k++) {
        total -= targets[offset + k] * logProbs[offset + k];
        mass += targets[offset + k];
      }
      // d(mean loss)/d logit = (mass softmax - target) / batch; mass is 1 for a distribution
      for (int k = 0; k < classes; k++) {
        double softmax = Math.exp(logProbs[offset + k]);
        gradient[offset + k] = (mass * softmax - targets[offset + k]) / batch;
      }
    }
    shape = logits.shape();
    type = logits.dataType();
    return total / batch;
  }

  @Override
  public INDArray backward() {
    if (gradient == null) {
      throw new IllegalStateException("SoftmaxCrossEntropy: backward() called before forward()");
    }
    if (!HostKernels.handles(type)) {
      return Nd4j.create(gradient, shape, type);
    }
    gradientArray = Tensors.reuse(gradientArray, type, shape);
    HostKernels.write(gradient, gradientArray);
    return gradientArray;
  }

  /**
   * Softmax of each row, in the logits' data type.
   *
   * @param logits shape [batch, classes]
   * @return probabilities whose rows sum to 1
   */
  public static INDArray softmax(INDArray logits) {
    requireMatrix(logits);
    double[] probs = logSoftmaxRows(Tensors.toDoubles(logits), (int) logits.size(1));
    for (int i = 0; i < probs.length; i++) {
      probs[i] = Math.exp(probs[i]);
    }
    return Nd4j.create(probs, logits.shape(), logits.dataType());
  }

  /** Replaces each row of z by its log-softmax, z - max - log(sum(exp(z - max))). */
  private static double[] logSoftmaxRows(double[] z, int classes) {
    for (int offset = 0; offset < z.length; offset += classes) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        max = Math.max(max, z[offset + k]);
      }
      double sum = 0;
      for (int k = 0; k < classes; k++) {
        sum += Math.exp(z[offset + k] - max);
      }
      double logSum = max + Math.log(sum);
      for (int k = 0; k < classes; k++) {
        z[offset + k] -= logSum;
      }
    }
    return z;
  }

  /** The labels as [batch x classes] target probabilities, from indices or as given. */
  private static double[] targetDistributions(INDArray labels, int batch, int classes) {
    double[] values = Tensors.toDoubles(labels);
    if (labels.length() == (long) batch * classes && labels.rank() == 2) {
      return values;
    }
    if (labels.length() != batch) {
      throw new IllegalArgumentException("Expected " + batch + " class indices, or " + batch
          + " rows of " + classes + " class probabilities. Received: labels of shape "
          + Arrays.toString(labels.shape()));
    }
    double[] oneHot = new double[batch * classes];
    for (int row = 0; row < batch; row++) {
      double v = values[row];
      if (v != Math.rint(v) || v < 0 || v >= classes) {
        throw new IllegalArgumentException("Expected class indices in 0.." + (classes - 1)
            + ". Received: " + v + " at row " + row);
      }
      oneHot[row * classes + (int) v] = 1;
    }
    return oneHot;
  }

  private static void requireMatrix(INDArray logits) {
    if (logits.rank() != 2) {
      throw new IllegalArgumentException("Expected logits of shape [batch, classes]. Received: "
          + Arrays.toString(logits.shape()));
    }
  }
}
