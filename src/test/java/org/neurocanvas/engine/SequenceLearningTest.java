package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Learning checks that only memory solves: the label of a bit sequence is its parity, which no
 * single step shows and which is not a linear function of the bits.
 */
class SequenceLearningTest {
  private static final int STEPS = 5;
  private static final int PATTERNS = 1 << STEPS;

  @Test
  void gruLearnsTheParityOfEveryFiveBitSequence() {
    INDArray bits = Nd4j.create(DataType.FLOAT, PATTERNS, STEPS, 1);
    INDArray parity = Nd4j.create(DataType.INT32, PATTERNS);
    for (int p = 0; p < PATTERNS; p++) {
      for (int t = 0; t < STEPS; t++) {
        bits.putScalar(new int[] {p, t, 0}, (p >> t) & 1);
      }
      parity.putScalar(p, Integer.bitCount(p) % 2);
    }
    Program.Builder b = Program.builder();
    int x = b.input("bits");
    int gru = b.add("gru", new Gru("gru", 1, 16, false, DataType.FLOAT, 1), x);
    int logits = b.add("out", new Dense("out", 16, 2, DataType.FLOAT, Initializer.GLOROT_UNIFORM,
        2), gru);
    Program program = b.build(logits, new SoftmaxCrossEntropy());
    Adam adam = new Adam(0.02);
    int step = 0;
    // Seed 1 reaches every pattern after about 480 steps; accuracy is read every 20.
    while (step < 800 && (step % 20 != 0 || accuracy(program, bits, parity) < 1)) {
      program.forward(bits, true);
      program.loss(parity);
      program.backward();
      adam.step(program.parameters());
      step++;
    }
    assertEquals(1.0, accuracy(program, bits, parity), "accuracy after " + step + " steps");
  }

  private static double accuracy(Program program, INDArray x, INDArray labels) {
    double[] logits = Tensors.toDoubles(program.forward(x, false));
    int correct = 0;
    for (int i = 0; i < labels.length(); i++) {
      int predicted = logits[2 * i + 1] > logits[2 * i] ? 1 : 0;
      correct += predicted == labels.getInt(i) ? 1 : 0;
    }
    return correct / (double) labels.length();
  }
}
