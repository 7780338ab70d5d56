package org.neurocanvas.engine;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A training objective over a batch of network outputs. */
public interface Loss {

  /**
   * Computes the mean loss over the batch and caches what {@link #backward()} needs.
   *
   * @param logits the network outputs, shape [batch, ...]
   * @param labels the targets, in the form the loss documents
   * @return the mean loss
   */
  double forward(INDArray logits, INDArray labels);

  /**
   * The gradient of the mean loss with respect to the logits of the last forward. The array may
   * belong to the loss and be overwritten by its next call, as ops' outputs are.
   */
  INDArray backward();
}
