package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ProgramTest {
  private static final INDArray LABELS = Nd4j.createFromArray(0, 2, 1, 2);

  /** Adds its two inputs: lets a test wire a node into two ops (fan-out) and merge them again. */
  private static final class Sum implements Op {
    @Override
    public INDArray forward(INDArray[] inputs, boolean training) {
      return inputs[0].add(inputs[1]);
    }

    @Override
    public INDArray[] backward(INDArray gradOutput) {
      return new INDArray[] {gradOutput, gradOutput};
    }
  }

  @Test
  void chainGradientsMatchFiniteDifferences() {
    Program.Builder b = Program.builder();
    int x = b.input("x");
    int d1 = b.add("dense_1", dense("dense_1", 3, 5, 1), x);
    int t = b.add("tanh", new Activation(ActivationFunction.TANH), d1);
    int d2 = b.add("dense_2", dense("dense_2", 5, 3, 2), t);
    checkEveryGradient(b.build(d2, new SoftmaxCrossEntropy()));
  }

  @Test
  void fanOutGradientsAreSummed() {
    Program.Builder b = Program.builder();
    int x = b.input("x");
    int d1 = b.add("dense_1", dense("dense_1", 3, 5, 1), x);
    int t = b.add("tanh", new Activation(ActivationFunction.TANH), d1);
    int left = b.add("left", dense("left", 5, 3, 2), t);
    int right = b.add("right", dense("right", 5, 3, 3), t);
    int sum = b.add("sum", new Sum(), left, right);
    checkEveryGradient(b.build(sum, new SoftmaxCrossEntropy()));
  }

  @Test
  void nodesOffThePathToTheOutputGetNoGradient() {
    Program.Builder b = Program.builder();
    int x = b.input("x");
    int head = b.add("head", dense("head", 3, 3, 1), x);
    b.add("spare", dense("spare", 3, 2, 2), x);
    Program program = b.build(head, new SoftmaxCrossEntropy());
    assertNull(program.output("head"));
    program.forward(GradientCheck.uniform(1, -1, 1, 4, 3), true);
    program.loss(LABELS);
    program.backward();
    assertNull(program.outputGradient("spare"));
    assertEquals(0.0, program.parameters().get(2).grad().amaxNumber().doubleValue());
    assertEquals(List.of("x", "head", "spare"), program.nodeNames());
    assertEquals(3 * 3 + 3 + 3 * 2 + 2, program.parameterCount());
  }

  @Test
  void theInputGradientIsComputedOnlyOnRequest() {
    Program.Builder b = Program.builder();
    int x = b.input("x");
    int d = b.add("dense", dense("dense", 3, 3, 1), x);
    Program program = b.build(d, new SoftmaxCrossEntropy());
    INDArray input = GradientCheck.uniform(1, -1, 1, 4, 3);
    program.forward(input, true);
    program.loss(LABELS);
    program.backward();
    assertNull(program.outputGradient("x"));
    INDArray weightGrad = program.parameters().get(0).grad().dup();
    program.setInputGradientEnabled(true);
    program.forward(input, true);
    program.loss(LABELS);
    program.backward();
    assertArrayEquals(new long[] {4, 3}, program.outputGradient("x").shape());
    assertEquals(weightGrad, program.parameters().get(0).grad());
  }

  @Test
  void firstNonFiniteNamesTheNodeWhereNaNAppeared() {
    Program.Builder b = Program.builder();
    int x = b.input("x");
    int d1 = b.add("dense_1", dense("dense_1", 3, 3, 1), x);
    int t = b.add("tanh", new Activation(ActivationFunction.TANH), d1);
    int d2 = b.add("dense_2", dense("dense_2", 3, 3, 2), t);
    Program program = b.build(d2, new SoftmaxCrossEntropy());
    program.forward(GradientCheck.uniform(1, -1, 1, 4, 3), true);
    assertEquals(Optional.empty(), program.firstNonFinite());
    program.parameters().get(2).value().putScalar(0, 0, Double.NaN); // dense_2/W
    program.forward(GradientCheck.uniform(1, -1, 1, 4, 3), true);
    assertEquals(Optional.of("NaN first appears in the output of node \"dense_2\" (Dense dense_2 (3 -> 3))."),
        program.firstNonFinite());
  }

  @Test
  void outputsAreTheLastForwardsValues() {
    Program.Builder b = Program.builder();
    int x = b.input("x");
    int d = b.add("dense", dense("dense", 3, 3, 1), x);
    Program program = b.build(d, new SoftmaxCrossEntropy());
    INDArray input = GradientCheck.uniform(1, -1, 1, 4, 3);
    INDArray logits = program.forward(input, false);
    assertSame(input, program.output("x"));
    assertSame(logits, program.output("dense"));
    assertThrows(IllegalArgumentException.class, () -> program.output("nope"));
    assertThrows(IllegalStateException.class, program::backward);
  }

  @Test
  void buildRejectsMiswiredGraphs() {
    assertBuildFails("earlier nodes", b -> b.add("d", dense("d", 3, 3, 1), b.input("x") + 1));
    assertBuildFails("Duplicate node name", b -> {
      int x = b.input("x");
      b.add("x", dense("d", 3, 3, 1), x);
    });
    assertBuildFails("Duplicate parameter name", b -> {
      int x = b.input("x");
      b.add("d1", dense("d", 3, 3, 1), x);
      b.add("d2", dense("d", 3, 3, 1), x);
    });
    assertBuildFails("reuses an op", b -> {
      Op shared = dense("d", 3, 3, 1);
      int x = b.input("x");
      b.add("d1", shared, b.add("d2", shared, x));
    });
    assertBuildFails("no inputs", b -> {
      b.input("x");
      b.add("d", dense("d", 3, 3, 1));
    });
    assertBuildFails("input", b -> b.add("d", dense("d", 3, 3, 1), 0));
    assertBuildFails("second one", b -> {
      b.input("x");
      b.input("y");
    });
  }

  private static void assertBuildFails(String messagePart, Consumer<Program.Builder> wiring) {
    Program.Builder b = Program.builder();
    wiring.accept(b);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.build(0, new SoftmaxCrossEntropy()));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
  }

  /** Checks the gradient of the loss with respect to every parameter and to the input. */
  private static void checkEveryGradient(Program program) {
    program.setInputGradientEnabled(true);
    INDArray x = GradientCheck.uniform(10, -2, 2, 4, 3);
    program.forward(x, true);
    program.loss(LABELS);
    program.backward();
    List<INDArray> analytic = program.parameters().stream().map(p -> p.grad().dup()).toList();
    INDArray inputGradient = program.outputGradient("x").dup();
    DoubleSupplier loss = () -> {
      program.forward(x, true);
      return program.loss(LABELS);
    };
    for (int i = 0; i < analytic.size(); i++) {
      Parameter p = program.parameters().get(i);
      GradientCheck.assertGradient(p.name(), p.value(), loss, analytic.get(i));
    }
    GradientCheck.assertGradient("input", x, loss, inputGradient);
  }

  /** A float64 dense layer with a random, non-zero bias so every term is exercised. */
  private static Dense dense(String name, int in, int out, long seed) {
    Dense dense = new Dense(name, in, out, DataType.DOUBLE, Initializer.GLOROT_UNIFORM, seed);
    dense.bias().value().assign(GradientCheck.uniform(seed + 100, -0.5, 0.5, out));
    return dense;
  }
}
