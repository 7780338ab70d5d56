package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The textbook check: a 2-4-1 network with one sigmoid output learns XOR, which no line separates. */
class XorTest {

  @Test
  void aTwoFourOneNetworkLearnsXor() {
    INDArray x = Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    INDArray y = Nd4j.createFromArray(0f, 1f, 1f, 0f);
    Program.Builder b = Program.builder();
    int in = b.input("input");
    int hidden = b.add("dense_1", new Dense("dense_1", 2, 4, DataType.FLOAT, Initializer.GLOROT_UNIFORM, 5), in);
    int tanh = b.add("tanh_1", new Activation(ActivationFunction.TANH), hidden);
    int logit = b.add("dense_2", new Dense("dense_2", 4, 1, DataType.FLOAT, Initializer.GLOROT_UNIFORM, 6), tanh);
    Program program = b.build(logit, ElementwiseLoss.binaryCrossEntropy());
    Adam adam = new Adam(0.05);
    for (int step = 0; step < 500; step++) {
      program.forward(x, true);
      program.loss(y);
      program.backward();
      adam.step(program.parameters());
    }
    double[] logits = Tensors.toDoubles(program.forward(x, false));
    int[] predicted = new int[4];
    for (int i = 0; i < 4; i++) {
      predicted[i] = logits[i] > 0 ? 1 : 0;
    }
    assertArrayEquals(new int[] {0, 1, 1, 0}, predicted, Arrays.toString(logits));
  }
}
