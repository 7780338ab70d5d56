package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Learning checks that only memory or attention solves: the parity of a bit sequence, which no
 * single step shows and which is not a linear function of the bits; and the first token of a
 * sequence, which an average over the steps cannot pick out unless attention weighs it.
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

  @Test
  void attentionLearnsToFindTheFirstTokenOfEverySequence() {
    // Without attention the pooled vector depends only on which tokens occur, not on their order:
    // [0, 1, ...] and [1, 0, ...] would look alike, so every sequence right means attention works.
    int vocabulary = 4;
    int steps = 4;
    int sequences = 256;
    INDArray tokens = Nd4j.create(DataType.FLOAT, sequences, steps);
    INDArray first = Nd4j.create(DataType.INT32, sequences);
    for (int s = 0; s < sequences; s++) {
      for (int t = 0; t < steps; t++) {
        tokens.putScalar(s, t, (s >> (2 * t)) & 3);
      }
      first.putScalar(s, s & 3);
    }
    Program.Builder b = Program.builder();
    int x = b.input("tokens");
    int embedded = b.add("embedding", new Embedding("embedding", vocabulary, 8, DataType.FLOAT, 1),
        x);
    int positioned = b.add("position",
        PositionalEncoding.learned("position", steps, 8, DataType.FLOAT, 2), embedded);
    int attended = b.add("attention",
        new MultiHeadSelfAttention("attention", 8, 2, false, DataType.FLOAT, 3), positioned);
    int pooled = b.add("pool", new GlobalAveragePool(), attended);
    int logits = b.add("out", new Dense("out", 8, vocabulary, DataType.FLOAT,
        Initializer.GLOROT_UNIFORM, 4), pooled);
    Program program = b.build(logits, new SoftmaxCrossEntropy());
    Adam adam = new Adam(0.01);
    int step = 0;
    while (step < 600 && (step % 20 != 0 || accuracy(program, tokens, first, vocabulary) < 1)) {
      program.forward(tokens, true);
      program.loss(first);
      program.backward();
      adam.step(program.parameters());
      step++;
    }
    assertEquals(1.0, accuracy(program, tokens, first, vocabulary),
        "accuracy after " + step + " steps");
  }

  private static double accuracy(Program program, INDArray x, INDArray labels, int classes) {
    double[] logits = Tensors.toDoubles(program.forward(x, false));
    int correct = 0;
    for (int i = 0; i < labels.length(); i++) {
      int predicted = 0;
      for (int k = 1; k < classes; k++) {
        predicted = logits[classes * i + k] > logits[classes * i + predicted] ? k : predicted;
      }
      correct += predicted == labels.getInt(i) ? 1 : 0;
    }
    return correct / (double) labels.length();
  }
}
