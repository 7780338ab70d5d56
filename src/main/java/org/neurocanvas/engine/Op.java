package org.neurocanvas.engine;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One node of a compiled network. {@link #forward} caches what {@link #backward} needs, so an op
 * instance belongs to exactly one node.
 *
 * <p>Returned arrays belong to the op and may be overwritten by its next call of the same method;
 * the inputs are cached by reference and must not change between forward and backward.
 */
public interface Op {

  /**
   * Computes this op's output.
   *
   * @param inputs the values of the input nodes, in wiring order
   * @param training whether this pass is for training (for ops such as dropout that differ)
   * @return the output value
   */
  INDArray forward(INDArray[] inputs, boolean training);

  /**
   * Backpropagates through the last forward.
   *
   * @param gradOutput gradient of the loss with respect to this op's output
   * @return the gradient with respect to each input (same order as forward's inputs); parameter
   *     gradients are added into {@link #parameters()}' grads
   */
  INDArray[] backward(INDArray gradOutput);

  /** The trainable parameters of this op, in a stable order. */
  default List<Parameter> parameters() {
    return List.of();
  }
}
