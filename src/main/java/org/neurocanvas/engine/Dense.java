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
 * call goes through a reused {@link NativeOp}. Products of at most {@link HostKernels#WORK_LIMIT}
 * multiply-adds (the layers of a teaching network) run as Java loops instead, which cost less
 * than one native call.
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
  /** Whether the last forward ran in Java; backward then does too, from the copies below. */
  private boolean small;
  /** Java copies of the input rows, weights and bias from the last small forward; scratch. */
  private double[] x;
  private double[] w;
  private double[] b;
  private double[] scratch;
  private double[] gradScratch;
  private double[] gradSum;

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
    small = input.size(0) * in * out <= HostKernels.WORK_LIMIT && HostKernels.handles(type);
    if (small) {
      affineInJava();
    } else {
      affine.run(new INDArray[] {input, weights.value(), bias.value()}, output);
    }
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
    if (small) {
      return backwardInJava(gradRows, inputGradientNeeded);
    }
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
    return new INDArray[] {inputShape.length == 2 ? gradInput : gradInput.reshape('c', inputShape)};
  }

  /** y = x W + b for {@link #small} products. */
  private void affineInJava() {
    int rows = (int) input.size(0);
    x = HostKernels.read(input, x);
    w = HostKernels.read(weights.value(), w);
    b = HostKernels.read(bias.value(), b);
    double[] y = scratch(rows * out);
    for (int r = 0; r < rows; r++) {
      System.arraycopy(b, 0, y, r * out, out);
      for (int k = 0; k < in; k++) {
        double xk = x[r * in + k];
        for (int j = 0; j < out; j++) {
          y[r * out + j] += xk * w[k * out + j];
        }
      }
    }
    HostKernels.write(y, output);
  }

  /** dW += x^T dy, db += column sums of dy and, if wanted, dx = dy W^T, for small products. */
  private INDArray[] backwardInJava(INDArray gradRows, boolean inputGradientNeeded) {
    int rows = (int) input.size(0);
    double[] dy = gradScratch = HostKernels.read(gradRows, gradScratch);
    // The sums are formed apart, then added, as the native gemm with beta = 1 does.
    double[] sums = scratch(in * out);
    Arrays.fill(sums, 0, in * out, 0);
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < in; k++) {
        double xk = x[r * in + k];
        for (int j = 0; j < out; j++) {
          sums[k * out + j] += xk * dy[r * out + j];
        }
      }
    }
    addInto(weights.grad(), sums);
    Arrays.fill(sums, 0, out, 0);
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < out; j++) {
        sums[j] += dy[r * out + j];
      }
    }
    addInto(bias.grad(), sums);
    if (!inputGradientNeeded) {
      return new INDArray[] {null};
    }
    gradInput = Tensors.reuse(gradInput, type, rows, in);
    double[] dx = scratch(rows * in);
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < in; k++) {
        double sum = 0;
        for (int j = 0; j < out; j++) {
          sum += dy[r * out + j] * w[k * out + j];
        }
        dx[r * in + k] = sum;
      }
    }
    HostKernels.write(dx, gradInput);
    return new INDArray[] {inputShape.length == 2 ? gradInput : gradInput.reshape('c', inputShape)};
  }

  /** Adds the first {@code grad.length()} sums into a parameter gradient. */
  private void addInto(INDArray grad, double[] sums) {
    gradSum = HostKernels.read(grad, gradSum);
    for (int i = 0; i < grad.length(); i++) {
      gradSum[i] += sums[i];
    }
    HostKernels.write(gradSum, grad);
  }

  /** The scratch array, grown to hold at least {@code n} values. */
  private double[] scratch(int n) {
    if (scratch == null || scratch.length < n) {
      scratch = new double[n];
    }
    return scratch;
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
