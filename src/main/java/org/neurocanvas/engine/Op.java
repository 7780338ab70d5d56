package org.neurocanvas.engine;

import java.util.List;
import java.util.Map;
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

  /**
   * Backpropagates, told whether any input gradient is wanted: ops whose input gradient costs real
   * work (Dense) skip it when not, and return null entries. Parameter gradients are always added.
   */
  default INDArray[] backward(INDArray gradOutput, boolean inputGradientNeeded) {
    return backward(gradOutput);
  }

  /** The trainable parameters of this op, in a stable order. */
  default List<Parameter> parameters() {
    return List.of();
  }

  /**
   * Non-trainable tensors that training passes update and inference reads, such as batch
   * normalisation's running averages, by unique name in a stable order. Optimisers never see them;
   * saving a trained network must keep them.
   */
  default Map<String, INDArray> state() {
    return Map.of();
  }
}
