package org.neurocanvas.engine;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The plain (Elman) recurrent layer over sequences [batch, time, features], as Keras's SimpleRNN:
 * h_t = tanh(x_t W + h_{t-1} U + b) from h_0 = 0. Parameters {@code name/W} [features, units],
 * {@code name/U} [units, units] (orthogonal) and {@code name/b} [units]: units (features + units +
 * 1) scalars. The output is the last h, [batch, units], or every step's, [batch, time, units],
 * when {@code returnSequences}.
 *
 * <p>Two libnd4j calls per step each way (the recurrent product, then tanh or its gradient); the
 * rest runs once over all steps (see {@link RecurrentLayer}).
 */
public final class SimpleRnn extends RecurrentLayer {
  private final NativeOp addRecurrentProduct = matmul(false, false, 1);
  private final NativeOp tanh = new NativeOp("tanh", 1, 1);
  private final NativeOp tanhGradient = new NativeOp("tanh_bp", 2, 1);
  private final NativeOp addCarriedGradient = matmul(false, true, 1);

  /**
   * Creates a simple recurrent layer.
   *
   * @param name unique layer name, prefix of the parameter names
   * @param features size of each time step's input
   * @param units size of the hidden state
   * @param returnSequences whether to output h at every step rather than at the last one
   * @param type floating-point data type
   * @param seed seed of the weight draws
   */
  public SimpleRnn(String name, int features, int units, boolean returnSequences, DataType type,
      long seed) {
    super("SimpleRNN", name, features, units, 1, returnSequences, type, seed);
  }

  @Override
  void runSteps() {
    for (long t = 0; t < steps; t++) {
      // projectedInput becomes the pre-activation in place; tanh_bp reads it back.
      INDArray preActivation = step(projectedInput, t);
      addRecurrentProduct.run(new INDArray[] {step(states, t), recurrentKernel.value()},
          preActivation);
      tanh.run(preActivation, step(states, t + 1));
    }
  }

  @Override
  void backpropagateSteps(INDArray gradStates) {
    for (long t = steps - 1; t >= 0; t--) {
      INDArray gradPreActivation = step(gradProjectedInput, t);
      tanhGradient.run(new INDArray[] {step(projectedInput, t), step(gradStates, t)},
          gradPreActivation);
      if (t > 0) { // dh_{t-1} += dz_t U^T
        addCarriedGradient.run(new INDArray[] {gradPreActivation, recurrentKernel.value()},
            step(gradStates, t - 1));
      }
    }
    gradProjectedState = gradProjectedInput; // x W and h U meet in one pre-activation
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(kernel, recurrentKernel, bias);
  }

  @Override
  public String toString() {
    return "SimpleRNN " + name + " (" + units + " units" + (returnSequences ? ", sequences" : "")
        + ")";
  }
}
