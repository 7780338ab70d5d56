package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer, y = x W + b, with x of shape [batch, in], W of shape [in, out] and b of
 * shape [out]. On a sequence [batch, steps, in] it acts on the last axis of every step, giving
 * [batch, steps, out], as Keras's Dense does: the steps are seen as extra rows of one product.
 *
 * <p>Forward is one fused {@code xw_plus_b} call; backward is up to three {@code matmul} calls, two
 * of which add straight into the parameter gradients (beta = 1), so no temporaries are made. Each
 * call goes through a reused {@link NativeOp}.
 */
public final class Dense implements Op {
  private final String name;
  private final int in;
  private final int out;
  private final DataType type;
  private final Parameter weights;
  private final Parameter bias;
  /** The bias gradient seen as a [1, out] row, so a gemm can add column sums into it. */
  private final INDArray biasGradRow;

  /** The input as rows [batch (x steps), in]. */
  private INDArray input;
  private INDArray output;
  /** The shapes forward received and returned; differ from the rows' for sequences. */
  private long[] inputShape;
  private long[] outputShape;
  private INDArray gradInput;
  /** A [1, batch] row of ones: ones x gradOut sums gradOut over the batch in one matmul. */
  private INDArray ones;
  private final NativeOp affine = new NativeOp("xw_plus_b", 3, 1);
  /** z = x^T y + z, z = x y + z and z = x y^T, as matmul's transpose flags and alpha, beta. */
  private final NativeOp addTransposedProduct =
      new NativeOp("matmul", 2, 1, new long[] {1, 0, 0}, 1.0, 1.0);
  private final NativeOp addProduct = new NativeOp("matmul", 2, 1, new long[] {0, 0, 0}, 1.0, 1.0);
  private final NativeOp productTransposed =
      new NativeOp("matmul", 2, 1, new long[] {0, 1, 0}, 1.0, 0.0);

  /**
   * Creates a dense layer with parameters {@code name + "/W"} (drawn by {@code init}) and
   * {@code name + "/b"} (zeros).
   *
   * @param name unique layer name, prefix of the parameter names
   * @param in number of input features
   * @param out number of output units
   * @param type floating-point data type of the parameters and the computation
   * @param init initialiser of the weights
   * @param seed seed of the weight draws
   */
  public Dense(String name, int in, int out, DataType type, Initializer init, long seed) {
    if (in <= 0 || out <= 0) {
      throw new IllegalArgumentException(
          "Dense " + name + " expects positive sizes. Received: in=" + in + ", out=" + out);
    }
    if (!Objects.requireNonNull(type, "data type").isFPType()) {
      throw new IllegalArgumentException(
          "Dense " + name + " expects a floating-point data type. Received: " + type);
    }
    this.name = name;
    this.in = in;
    this.out = out;
    this.type = type;
    this.weights =
        new Parameter(name + "/W", init.create(new long[] {in, out}, in, out, type, seed));
    this.bias = new Parameter(name + "/b", Nd4j.zeros(type, out));
    this.biasGradRow = bias.grad().reshape(1, out);
  }

  @Override
  public INDArray forward(INDArray[] inputs, boolean training) {
    INDArray x = Tensors.single(inputs, this);
    if (x.rank() != 2 && x.rank() != 3 || x.size(x.rank() - 1) != in) {
      throw new IllegalArgumentException(this + " expects input of shape [batch, " + in
          + "] or [batch, steps, " + in + "]. Received: " + Arrays.toString(x.shape()));
    }
    inputShape = x.shape();
    // The data may come in another precision than the network's (say float64 into float32).
    INDArray typed = x.dataType() == type ? x : x.castTo(type);
    input = x.rank() == 2 ? typed : typed.reshape('c', x.size(0) * x.size(1), in);
    output = Tensors.reuse(output, type, input.size(0), out);
    affine.run(new INDArray[] {input, weights.value(), bias.value()}, output);
    if (x.rank() == 2) {
      outputShape = output.shape();
      return output;
    }
    outputShape = new long[] {x.size(0), x.size(1), out};
    return output.reshape('c', outputShape);
  }

  @Override
  public INDArray[] backward(INDArray gradOutput) {
    return backward(gradOutput, true);
  }

  @Override
  public INDArray[] backward(INDArray gradOutput, boolean inputGradientNeeded) {
    Tensors.requireForward(input, this);
    if (!Arrays.equals(gradOutput.shape(), outputShape)) {
      throw new IllegalArgumentException(this + " expects an output gradient of shape "
          + Arrays.toString(outputShape) + ". Received: " + Arrays.toString(gradOutput.shape()));
    }
    INDArray gradRows =
        gradOutput.rank() == 2 ? gradOutput : gradOutput.reshape('c', output.shape());
    long batch = input.size(0);
    if (ones == null || ones.size(1) != batch) {
      ones = Nd4j.ones(type, 1, batch);
    }
    addTransposedProduct.run(new INDArray[] {input, gradRows}, weights.grad()); // dW += x^T dy
    addProduct.run(new INDArray[] {ones, gradRows}, biasGradRow); // db += sum of dy rows
    if (!inputGradientNeeded) {
      return new INDArray[] {null};
    }
    gradInput = Tensors.reuse(gradInput, type, batch, in);
    productTransposed.run(new INDArray[] {gradRows, weights.value()}, gradInput); // dx = dy W^T
    return new INDArray[] {gradInput.reshape('c', inputShape)};
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(weights, bias);
  }

  /** The weight matrix, shape [in, out]. */
  public Parameter weights() {
    return weights;
  }

  /** The bias vector, shape [out]. */
  public Parameter bias() {
    return bias;
  }

  @Override
  public String toString() {
    return "Dense " + name + " (" + in + " -> " + out + ")";
  }
}
