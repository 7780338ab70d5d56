package org.neurocanvas.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurocanvas.engine.AdaGrad;
import org.neurocanvas.engine.Adadelta;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.engine.Nadam;
import org.neurocanvas.engine.RmsProp;
import org.neurocanvas.engine.Sgd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.Chains;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.TrainingSpec;

class CompilerTest {

    private static CommandStack sample() throws Exception {
        return new CommandStack(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
    }

    @Test
    void theProgramHasTheParametersTheCanvasShows() throws Exception {
        Project p = sample().project();
        Compiler.Compiled c = Compiler.compile(p);
        assertEquals(p.analyse().totalParameters(), c.program().parameterCount());
        assertEquals(List.of("dense_1/W", "dense_1/b", "dense_2/W", "dense_2/b", "dense_3/W", "dense_3/b"),
                c.program().parameters().stream().map(x -> x.name()).toList());
        assertTrue(c.optimizer() instanceof Adam);
        assertEquals(450, c.data().train().size());
        assertEquals(150, c.data().validation().size());
    }

    @Test
    void layerOutputsAreReadableByLayerName() throws Exception {
        Compiler.Compiled c = Compiler.compile(sample().project());
        c.program().forward(org.nd4j.linalg.factory.Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 4, 2), false);
        assertEquals(64, c.program().output("dense_1").size(1));
        assertEquals(3, c.program().output("dense_3").size(1));
    }

    @Test
    void theSameSeedGivesTheSameWeights() throws Exception {
        Project p = sample().project();
        assertEquals(Compiler.compile(p).program().parameters().get(2).value(),
                Compiler.compile(p).program().parameters().get(2).value());
    }

    @Test
    void anInputThatDoesNotFitTheDataSaysSo() throws Exception {
        CommandStack s = sample();
        s.execute(new ChangeSetting("input_1", "shape", "3"));
        assertEquals("The data set 'spiral' gives samples of shape 2 but the Input layer expects shape 3: set its shape to auto.",
                assertThrows(CompileException.class, () -> Compiler.compile(s.project())).getMessage());
    }

    @Test
    void sgdIsAvailable() throws Exception {
        CommandStack s = sample();
        TrainingSpec t = s.project().training();
        s.execute(new ChangeTraining(new TrainingSpec("sgd", 0.1, 16, 5, 3, 0.2), s.project().data(), "optimizer"));
        assertTrue(Compiler.compile(s.project()).optimizer() instanceof Sgd);
        assertEquals("adam", t.optimizer());
    }

    @Test
    void everyOptimizerIdHasAnOptimizer() {
        assertEquals(List.of(Adam.class, Sgd.class, Sgd.class, Adam.class, Nadam.class, RmsProp.class, AdaGrad.class, Adadelta.class),
                Compiler.OPTIMIZERS.stream().map(id -> Compiler.optimizer(id, 0.01).getClass()).toList());
        assertEquals(0.01, Compiler.optimizer("rmsprop", 0.01).learningRate());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Compiler.optimizer("lion", 0.1)).getMessage().contains("adadelta"));
    }

    @Test
    void aVocabularyTooSmallForTheTokenIdsStopsTrainingWithTheCanvasSentence() throws Exception {
        CommandStack s = new CommandStack(ProjectIO.read(Path.of("samples/transformer-encoder.json")));
        s.execute(new ChangeSetting("embedding_1", "vocabulary", 5));
        assertEquals("The network cannot be trained yet: embedding_1's vocabulary is 5, but a-before-b's token ids run 0 to 8: "
                        + "set vocabulary to at least 9.",
                assertThrows(CompileException.class, () -> Compiler.compile(s.project())).getMessage());
    }

    /** Input (4 steps) → Embedding → average over the steps → Dense scores, on this data. */
    private static CommandStack embeddingOn(DataSpec data, int classes) {
        CommandStack s = Chains.chain("4", classes, List.of(Map.entry(Catalog.EMBEDDING, Map.of("dimension", 4)),
                Map.entry(Catalog.GLOBAL_AVG_POOL2D, Map.of()), Map.entry(Catalog.DENSE, Map.of("units", classes, "activation", "linear"))));
        s.execute(new ChangeTraining(s.project().training(), data, "data"));
        return s;
    }

    @Test
    void anEmbeddingOnSamplesThatAreNoTokenIdsSaysSoBeforeTraining() {
        CommandStack iris = embeddingOn(DataSpec.shipped("iris"), 3);
        assertTrue(iris.project().analyse().isValid(), "measurements are known to be no ids only once they are read");
        String sentence = assertThrows(CompileException.class, () -> Compiler.compile(iris.project())).getMessage();
        assertTrue(sentence.matches("embedding_1 looks up token ids, whole numbers from 0 up, but the data set 'iris' holds \\d\\.\\d+: "
                + "an Embedding reads token data, such as palindrome or a-before-b\\."), sentence);
    }

    @Test
    void aTableOfTokenIdsNeedsAVocabularyThatCoversThem(@TempDir Path dir) throws Exception {
        StringBuilder rows = new StringBuilder("a,b,c,d,kind\n");
        for (int i = 0; i < 20; i++) {
            rows.append(i).append(",3,").append(i == 7 ? 1200 : 1).append(",2,").append(i % 2 == 0 ? "x" : "y").append('\n');
        }
        Files.writeString(dir.resolve("ids.csv"), rows);
        CommandStack s = embeddingOn(new DataSpec("csv", dir.resolve("ids.csv").toString(), null, "kind", 0, 0, 0, 0, 1, null, null), 2);
        assertEquals("embedding_1's vocabulary is 1000, but the data set 'csv' holds token ids up to 1200: set vocabulary to at least 1201.",
                assertThrows(CompileException.class, () -> Compiler.compile(s.project())).getMessage());
        s.execute(new ChangeSetting("embedding_1", "vocabulary", 1201));
        Compiler.compile(s.project());
    }
}
