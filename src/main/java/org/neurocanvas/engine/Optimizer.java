package org.neurocanvas.engine;

import java.util.List;

/** Updates parameters from their gradients. */
public interface Optimizer {

  /**
   * Applies one update from each parameter's grad. The optimiser owns its per-parameter state
   * (keyed by parameter name) and leaves the gradients untouched.
   */
  void step(List<Parameter> parameters);

  /** The step size of the next update. */
  double learningRate();

  /** Sets the step size of the next updates, for schedules; the state is kept. */
  void setLearningRate(double lr);
}
