package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class BatchNormTest {

  @Test
  void trainingGradientsFlowThroughTheBatchStatistics() {
    GradientCheck.checkOp(batchNorm(), new INDArray[] {GradientCheck.uniform(1, -2, 3, 3, 2, 2, 3)},
        5, true, () -> {});
  }

  @Test
  void inferenceGradientsUseTheRunningAverages() {
    BatchNorm bn = batchNorm();
    bn.forward(new INDArray[] {GradientCheck.uniform(9, -1, 2, 6, 3)}, true); // moves the averages
    GradientCheck.checkOp(bn, new INDArray[] {GradientCheck.uniform(1, -2, 3, 4, 3)}, 5, false,
        () -> {});
  }

  @Test
  void trainingNormalisesEachChannelAndUpdatesTheRunningAverages() {
    BatchNorm bn = new BatchNorm("bn", 2, 0.9, 1e-3, DataType.DOUBLE);
    INDArray x = GradientCheck.uniform(2, -1, 3, 50, 2);
    INDArray y = bn.forward(new INDArray[] {x}, true);
    assertArrayEquals(new double[] {0, 0}, y.mean(0).toDoubleVector(), 1e-12);
    INDArray variance = x.var(false, 0);
    assertArrayEquals(variance.div(variance.add(1e-3)).toDoubleVector(),
        y.var(false, 0).toDoubleVector(), 1e-12);
    assertArrayEquals(x.mean(0).mul(0.1).toDoubleVector(),
        bn.state().get("bn/moving_mean").toDoubleVector(), 1e-12);
    assertArrayEquals(variance.mul(0.1).add(0.9).toDoubleVector(),
        bn.state().get("bn/moving_variance").toDoubleVector(), 1e-12);
  }

  @Test
  void inferenceUsesTheRunningAverages() {
    BatchNorm bn = new BatchNorm("bn", 2, 0.5, 1e-3, DataType.DOUBLE);
    INDArray x = GradientCheck.uniform(2, -1, 1, 5, 2);
    // Fresh averages are mean 0 and variance 1: the layer divides by sqrt(1 + epsilon).
    assertArrayEquals(x.div(Math.sqrt(1.001)).data().asDouble(),
        bn.forward(new INDArray[] {x}, false).dup('c').data().asDouble(), 1e-12);
  }

  @Test
  void gammaAndBetaAreTrainableAndTheAveragesAreState() {
    BatchNorm bn = new BatchNorm("batchnorm_1", 8, 0.99, 1e-3, DataType.FLOAT);
    assertEquals(List.of("batchnorm_1/gamma", "batchnorm_1/beta"),
        bn.parameters().stream().map(Parameter::name).toList());
    assertEquals(List.of("batchnorm_1/moving_mean", "batchnorm_1/moving_variance"),
        List.copyOf(bn.state().keySet()));
  }

  private static BatchNorm batchNorm() {
    BatchNorm bn = new BatchNorm("bn", 3, 0.9, 1e-3, DataType.DOUBLE);
    bn.parameters().get(0).value().assign(GradientCheck.uniform(3, 0.5, 1.5, 3));
    bn.parameters().get(1).value().assign(GradientCheck.uniform(4, -0.5, 0.5, 3));
    return bn;
  }
}
