package org.neurocanvas.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class EmbeddingTest {
  /** Two sequences of three ids, with id 1 repeated so that its gradient rows accumulate. */
  private static final INDArray IDS =
      Nd4j.createFromArray(new double[][] {{1, 3, 1}, {0, 4, 1}});

  @Test
  void tableGradientMatchesFiniteDifferences() {
    Embedding embedding = new Embedding("emb", 5, 3, DataType.DOUBLE, 1);
    GradientCheck.checkOp(embedding, IDS.dup(), 2);
  }

  @Test
  void forwardLooksUpEachIdsRow() {
    Embedding embedding = new Embedding("emb", 5, 3, DataType.DOUBLE, 1);
    INDArray y = embedding.forward(new INDArray[] {IDS.castTo(DataType.FLOAT)}, false);
    assertArrayEquals(new long[] {2, 3, 3}, y.shape());
    INDArray table = embedding.table().value();
    for (int n = 0; n < 2; n++) {
      for (int t = 0; t < 3; t++) {
        assertArrayEquals(table.getRow(IDS.getInt(n, t)).toDoubleVector(),
            y.slice(n).slice(t).toDoubleVector());
      }
    }
  }

  @Test
  void repeatedIdsAccumulateTheirGradients() {
    Embedding embedding = new Embedding("emb", 5, 3, DataType.DOUBLE, 1);
    embedding.forward(new INDArray[] {IDS}, true);
    embedding.backward(Nd4j.ones(DataType.DOUBLE, 2, 3, 3));
    assertArrayEquals(new double[] {1, 3, 0, 1, 1},
        embedding.table().grad().sum(1).div(3).toDoubleVector());
  }

  @Test
  void tableIsNamedAndUniformWithinKerasLimits() {
    Embedding embedding = new Embedding("embedding_1", 1000, 8, DataType.FLOAT, 3);
    assertEquals("embedding_1/embeddings", embedding.table().name());
    assertArrayEquals(new long[] {1000, 8}, embedding.table().value().shape());
    double largest = embedding.table().value().amaxNumber().doubleValue();
    assertTrue(largest <= 0.05 && largest > 0.049, "largest |value| " + largest);
  }

  @Test
  void anIdOutsideTheVocabularyIsExplained() {
    Embedding embedding = new Embedding("emb", 5, 3, DataType.FLOAT, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> embedding.forward(new INDArray[] {Nd4j.createFromArray(new float[][] {{0, 5}})},
            false));
    assertTrue(e.getMessage().contains("emb") && e.getMessage().contains("0..4")
        && e.getMessage().contains("step 1"), e.getMessage());
  }
}
