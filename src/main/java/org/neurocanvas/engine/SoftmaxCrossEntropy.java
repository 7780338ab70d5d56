package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Softmax followed by cross-entropy, for classification. Labels are integer class indices, shape
 * [batch], of any numeric data type.
 *
 * <p>The arithmetic runs in plain Java on doubles: it is O(batch x classes), far below one ND4J
 * call's overhead, and double precision with the row maximum subtracted keeps it stable.
 */
public final class SoftmaxCrossEntropy implements Loss {
  private double[] gradient;
  private long[] shape;
  private DataType type;

  /** Creates the loss. */
  public SoftmaxCrossEntropy() {}

  @Override
  public double forward(INDArray logits, INDArray labels) {
    requireMatrix(logits);
    int batch = (int) logits.size(0);
    int classes = (int) logits.size(1);
    int[] targets = classIndices(labels, batch, classes);
    double[] logProbs = logSoftmaxRows(Tensors.toDoubles(logits), classes);
    double total = 0;
    gradient = new double[logProbs.length];
    for (int row = 0; row < batch; row++) {
      int offset = row * classes;
      total -= logProbs[offset + targets[row]];
      // d(mean loss)/d logit = (softmax - one-hot) / batch
      for (int k = 0; k < classes; k++) {
        double indicator = k == targets[row] ? 1 : 0;
        gradient[offset + k] = (Math.exp(logProbs[offset + k]) - indicator) / batch;
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
    return Nd4j.create(gradient, shape, type);
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

  private static int[] classIndices(INDArray labels, int batch, int classes) {
    if (labels.length() != batch) {
      throw new IllegalArgumentException("Expected " + batch + " labels, one per row. Received: "
          + "labels of shape " + Arrays.toString(labels.shape()));
    }
    double[] values = Tensors.toDoubles(labels);
    int[] indices = new int[batch];
    for (int row = 0; row < batch; row++) {
      double v = values[row];
      if (v != Math.rint(v) || v < 0 || v >= classes) {
        throw new IllegalArgumentException("Expected class indices in 0.." + (classes - 1)
            + ". Received: " + v + " at row " + row);
      }
      indices[row] = (int) v;
    }
    return indices;
  }

  private static void requireMatrix(INDArray logits) {
    if (logits.rank() != 2) {
      throw new IllegalArgumentException("Expected logits of shape [batch, classes]. Received: "
          + Arrays.toString(logits.shape()));
    }
  }
}
