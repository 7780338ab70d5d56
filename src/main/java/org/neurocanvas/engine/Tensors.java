package org.neurocanvas.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Small array helpers shared by the ops. Ops pass themselves, not their names: building a message
 * string on every call would cost more than the checks.
 */
final class Tensors {
  private Tensors() {}

  /**
   * Returns {@code current} if it already has this type and shape, else a new uninitialised array.
   * Allocating through ND4J costs as much as a small matrix product, so ops keep their buffers.
   */
  static INDArray reuse(INDArray current, DataType type, long... shape) {
    if (current != null && current.dataType() == type && Arrays.equals(current.shape(), shape)) {
      return current;
    }
    return Nd4j.createUninitialized(type, shape);
  }

  /** Returns the only input of a single-input op, or explains what was wired wrongly. */
  static INDArray single(INDArray[] inputs, Object op) {
    if (inputs.length != 1) {
      throw new IllegalArgumentException(
          op + " expects exactly 1 input. Received: " + inputs.length);
    }
    return inputs[0];
  }

  /** Checks that a gradient has the shape of the value it belongs to. */
  static void requireSameShape(INDArray gradient, INDArray value, Object op) {
    if (!Arrays.equals(gradient.shape(), value.shape())) {
      throw new IllegalArgumentException(op + " expects an output gradient of shape "
          + Arrays.toString(value.shape()) + ". Received: " + Arrays.toString(gradient.shape()));
    }
  }

  /** Throws if backward is called before any forward. */
  static void requireForward(Object cached, Object op) {
    if (cached == null) {
      throw new IllegalStateException(op + ": backward() called before forward()");
    }
  }

  /**
   * Checks that an image batch is [batch, height, width, channels] with the expected channels, and
   * returns it in the layer's data type.
   */
  static INDArray image(INDArray x, long channels, DataType type, Object op) {
    if (x.rank() != 4 || x.size(3) != channels) {
      throw new IllegalArgumentException(op + " expects input of shape [batch, height, width, "
          + channels + "]. Received: " + Arrays.toString(x.shape()));
    }
    return x.dataType() == type ? x : x.castTo(type);
  }

  /** The elements in row-major order, copying only when the array is not already laid out so. */
  static double[] toDoubles(INDArray a) {
    boolean rowMajor = a.ordering() == 'c' && !a.isView() && a.length() == a.data().length();
    return (rowMajor ? a : a.dup('c')).data().asDouble();
  }
}
