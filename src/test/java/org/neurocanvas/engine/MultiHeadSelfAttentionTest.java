package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class MultiHeadSelfAttentionTest {
  private static final int BATCH = 2;
  private static final int STEPS = 3;
  private static final int DIMENSION = 4;
  private static final int HEADS = 2;

  @ParameterizedTest(name = "causal {0}")
  @ValueSource(booleans = {false, true})
  void gradientsMatchFiniteDifferences(boolean causal) {
    MultiHeadSelfAttention mha = attention(causal);
    INDArray x = GradientCheck.uniform(1, -1, 1, BATCH, STEPS, DIMENSION);
    GradientCheck.checkOp(mha, new INDArray[] {x}, 2, true, () -> {},
        p -> !p.name().equals("mha/bk"));
    assertEquals(0, mha.parameters().get(3).grad().amaxNumber().doubleValue(), 1e-12);
  }

  @Test
  void theKeyBiasCannotChangeTheOutput() {
    // q (k_j + bk) = q k_j + q bk shifts a query's scores over all keys j alike: softmax ignores it.
    MultiHeadSelfAttention mha = attention(true);
    INDArray x = GradientCheck.uniform(1, -1, 1, BATCH, STEPS, DIMENSION);
    INDArray before = mha.forward(new INDArray[] {x}, false).dup();
    mha.parameters().get(3).value().addi(GradientCheck.uniform(4, -1, 1, DIMENSION));
    INDArray after = mha.forward(new INDArray[] {x}, false);
    assertArrayEquals(before.data().asDouble(), after.dup('c').data().asDouble(), 1e-12);
  }

  @ParameterizedTest(name = "causal {0}")
  @ValueSource(booleans = {false, true})
  void forwardMatchesTheEquationsComputedHeadByHead(boolean causal) {
    MultiHeadSelfAttention mha = attention(causal);
    INDArray x = GradientCheck.uniform(1, -1, 1, BATCH, STEPS, DIMENSION);
    INDArray y = mha.forward(new INDArray[] {x}, false);
    List<Parameter> p = mha.parameters();
    int k = DIMENSION / HEADS;
    for (int n = 0; n < BATCH; n++) {
      double[][] xs = x.slice(n).toDoubleMatrix();
      double[][] q = affine(xs, p.get(0), p.get(1));
      double[][] key = affine(xs, p.get(2), p.get(3));
      double[][] v = affine(xs, p.get(4), p.get(5));
      double[][] joined = new double[STEPS][DIMENSION];
      for (int h = 0; h < HEADS; h++) {
        for (int i = 0; i < STEPS; i++) {
          double[] weights = new double[STEPS];
          double total = 0;
          for (int j = 0; j < STEPS; j++) {
            double dot = 0;
            for (int c = h * k; c < (h + 1) * k; c++) {
              dot += q[i][c] * key[j][c];
            }
            weights[j] = causal && j > i ? 0 : Math.exp(dot / Math.sqrt(k));
            total += weights[j];
          }
          for (int j = 0; j < STEPS; j++) {
            weights[j] /= total;
            assertEquals(weights[j], mha.attentionWeights().getDouble(n, h, i, j), 1e-12);
            for (int c = h * k; c < (h + 1) * k; c++) {
              joined[i][c] += weights[j] * v[j][c];
            }
          }
        }
      }
      double[][] expected = affine(joined, p.get(6), p.get(7));
      for (int i = 0; i < STEPS; i++) {
        assertArrayEquals(expected[i], y.slice(n).slice(i).toDoubleVector(), 1e-12);
      }
    }
  }

  @Test
  void javaHeadsAndNativeHeadsAgree() {
    // Heads of 45 steps x 45 x k = 8 (16,200 multiply-adds) run in Java, of 46 steps (16,928) in
    // libnd4j. Causal, so the 46th step changes none of the first 45 outputs, and with a zero
    // output gradient it adds nothing to any parameter's gradient.
    assertTrue(AttentionHeads.fits(45, 8) && !AttentionHeads.fits(46, 8));
    MultiHeadSelfAttention inJava = sized(16, 2);
    MultiHeadSelfAttention inNative = sized(16, 2);
    INDArray x46 = GradientCheck.uniform(1, -1, 1, 2, 46, 16);
    INDArray gradOut46 = GradientCheck.uniform(2, -1, 1, 2, 46, 16);
    gradOut46.get(all(), point(45), all()).assign(0);
    INDArray x45 = x46.get(all(), interval(0, 45), all()).dup();
    INDArray gradOut45 = gradOut46.get(all(), interval(0, 45), all()).dup();

    INDArray y45 = inJava.forward(new INDArray[] {x45}, true).dup();
    INDArray y46 = inNative.forward(new INDArray[] {x46}, true);
    INDArray dx45 = inJava.backward(gradOut45)[0].dup();
    INDArray dx46 = inNative.backward(gradOut46)[0];

    assertArrayEquals(firstSteps(y46, 45), y45.data().asDouble(), 1e-12);
    assertArrayEquals(firstSteps(dx46, 45), dx45.data().asDouble(), 1e-12);
    assertArrayEquals(firstWeights(inNative.attentionWeights(), 45),
        inJava.attentionWeights().dup().data().asDouble(), 1e-12);
    for (int i = 0; i < inJava.parameters().size(); i++) {
      assertArrayEquals(inNative.parameters().get(i).grad().data().asDouble(),
          inJava.parameters().get(i).grad().data().asDouble(), 1e-12,
          inJava.parameters().get(i).name());
    }
  }

  @Test
  void float32HeadsInJavaAndInLibnd4jAgreeToFloatPrecision() {
    // The Java heads compute in double precision and round once; libnd4j in float32 throughout.
    MultiHeadSelfAttention inJava = new MultiHeadSelfAttention("mha", 16, 2, true,
        DataType.FLOAT, 5);
    MultiHeadSelfAttention inNative = new MultiHeadSelfAttention("mha", 16, 2, true,
        DataType.FLOAT, 5);
    INDArray x46 = GradientCheck.uniform(1, -1, 1, 2, 46, 16).castTo(DataType.FLOAT);
    INDArray gradOut46 = GradientCheck.uniform(2, -1, 1, 2, 46, 16).castTo(DataType.FLOAT);
    gradOut46.get(all(), point(45), all()).assign(0);
    INDArray y45 = inJava.forward(new INDArray[] {x46.get(all(), interval(0, 45), all()).dup()},
        true).dup();
    INDArray y46 = inNative.forward(new INDArray[] {x46}, true);
    inJava.backward(gradOut46.get(all(), interval(0, 45), all()).dup());
    inNative.backward(gradOut46);
    assertArrayEquals(firstSteps(y46, 45), y45.castTo(DataType.DOUBLE).data().asDouble(), 1e-5);
    assertArrayEquals(inNative.parameters().get(0).grad().castTo(DataType.DOUBLE).data()
        .asDouble(), inJava.parameters().get(0).grad().castTo(DataType.DOUBLE).data().asDouble(),
        1e-4);
  }

  @Test
  void parametersAreNamedAndCountedAsKeras() {
    MultiHeadSelfAttention mha = new MultiHeadSelfAttention("mha", 8, 2, false, DataType.FLOAT, 1);
    assertEquals(List.of("mha/Wq", "mha/bq", "mha/Wk", "mha/bk", "mha/Wv", "mha/bv", "mha/Wo",
        "mha/bo"), mha.parameters().stream().map(Parameter::name).toList());
    assertEquals(4 * (8 * 8 + 8), mha.parameters().stream().mapToLong(Parameter::size).sum());
  }

  @Test
  void headsThatDoNotDivideTheDimensionAreExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MultiHeadSelfAttention("mha", 6, 4, false, DataType.FLOAT, 1));
    assertTrue(e.getMessage().contains("mha") && e.getMessage().contains("heads=4"),
        e.getMessage());
  }

  private static MultiHeadSelfAttention attention(boolean causal) {
    MultiHeadSelfAttention mha =
        new MultiHeadSelfAttention("mha", DIMENSION, HEADS, causal, DataType.DOUBLE, 3);
    List<Parameter> p = mha.parameters();
    for (int i = 1; i < p.size(); i += 2) {
      p.get(i).value().assign(GradientCheck.uniform(10 + i, -0.5, 0.5, DIMENSION));
    }
    return mha;
  }

  /** A double-precision layer of this size with non-zero biases. */
  private static MultiHeadSelfAttention sized(int dimension, int heads) {
    MultiHeadSelfAttention mha =
        new MultiHeadSelfAttention("mha", dimension, heads, true, DataType.DOUBLE, 5);
    List<Parameter> p = mha.parameters();
    for (int i = 1; i < p.size(); i += 2) {
      p.get(i).value().assign(GradientCheck.uniform(10 + i, -0.5, 0.5, dimension));
    }
    return mha;
  }

  /** The first {@code steps} steps of a [batch, steps', dimension] sequence, row-major. */
  private static double[] firstSteps(INDArray sequence, int steps) {
    return sequence.get(all(), interval(0, steps), all()).dup('c').castTo(DataType.DOUBLE).data()
        .asDouble();
  }

  /** The weights among the first {@code steps} steps of [batch, heads, steps', steps'], row-major. */
  private static double[] firstWeights(INDArray weights, int steps) {
    return weights.get(all(), all(), interval(0, steps), interval(0, steps)).dup('c').data()
        .asDouble();
  }

  private static double[][] affine(double[][] x, Parameter w, Parameter b) {
    double[][] weights = w.value().toDoubleMatrix();
    double[] bias = b.value().toDoubleVector();
    double[][] y = new double[x.length][bias.length];
    for (int i = 0; i < x.length; i++) {
      for (int o = 0; o < bias.length; o++) {
        y[i][o] = bias[o];
        for (int c = 0; c < x[i].length; c++) {
          y[i][o] += x[i][c] * weights[c][o];
        }
      }
    }
    return y;
  }
}
