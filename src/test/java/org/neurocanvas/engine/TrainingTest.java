package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** End to end in float32: a Program and Adam learn XOR-like quadrants, deterministically. */
class TrainingTest {
  private static final int SAMPLES = 200;
  private final INDArray features = Nd4j.create(DataType.FLOAT, SAMPLES, 2);
  private final INDArray labels = Nd4j.create(DataType.INT32, SAMPLES);

  TrainingTest() {
    // Points in [-1, 1]^2 away from the axes; class 1 where x and y share a sign.
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < SAMPLES; i++) {
      double x = sign(random.nextBoolean()) * random.nextDouble(0.1, 1);
      double y = sign(random.nextBoolean()) * random.nextDouble(0.1, 1);
      features.putScalar(i, 0, x);
      features.putScalar(i, 1, y);
      labels.putScalar(i, x * y > 0 ? 1 : 0);
    }
  }

  @Test
  void learnsXorLikeQuadrants() {
    Program program = mlp(7);
    Adam adam = new Adam(0.02);
    for (int step = 0; step < 300; step++) {
      trainStep(program, adam);
    }
    double[] logits = Tensors.toDoubles(program.forward(features, false));
    int[] truth = labels.toIntVector();
    int correct = 0;
    for (int i = 0; i < SAMPLES; i++) {
      int predicted = logits[2 * i + 1] > logits[2 * i] ? 1 : 0;
      correct += predicted == truth[i] ? 1 : 0;
    }
    double accuracy = correct / (double) SAMPLES;
    assertTrue(accuracy > 0.95, "accuracy " + accuracy);
  }

  @Test
  void sameSeedSameDataGiveBitIdenticalParameters() {
    Program first = mlp(3);
    Program second = mlp(3);
    Adam firstAdam = new Adam(0.01);
    Adam secondAdam = new Adam(0.01);
    for (int step = 0; step < 20; step++) {
      trainStep(first, firstAdam);
      trainStep(second, secondAdam);
    }
    for (int i = 0; i < first.parameters().size(); i++) {
      assertArrayEquals(first.parameters().get(i).value().data().asFloat(),
          second.parameters().get(i).value().data().asFloat(),
          first.parameters().get(i).name());
    }
  }

  private void trainStep(Program program, Optimizer optimizer) {
    program.forward(features, true);
    program.loss(labels);
    program.backward();
    optimizer.step(program.parameters());
  }

  private static Program mlp(long seed) {
    Program.Builder b = Program.builder();
    int x = b.input("x");
    int h1 = b.add("dense_1", new Dense("dense_1", 2, 16, DataType.FLOAT,
        Initializer.GLOROT_UNIFORM, seed), x);
    int a1 = b.add("tanh_1", new Activation(ActivationFunction.TANH), h1);
    int h2 = b.add("dense_2", new Dense("dense_2", 16, 16, DataType.FLOAT,
        Initializer.GLOROT_UNIFORM, seed + 1), a1);
    int a2 = b.add("tanh_2", new Activation(ActivationFunction.TANH), h2);
    int out = b.add("dense_3", new Dense("dense_3", 16, 2, DataType.FLOAT,
        Initializer.GLOROT_UNIFORM, seed + 2), a2);
    return b.build(out, new SoftmaxCrossEntropy());
  }

  private static double sign(boolean positive) {
    return positive ? 1 : -1;
  }
}
