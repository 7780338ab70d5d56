package org.neurocanvas.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.neurocanvas.engine.AdaGrad;
import org.neurocanvas.engine.Adadelta;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.engine.Nadam;
import org.neurocanvas.engine.RmsProp;
import org.neurocanvas.engine.Sgd;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
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
}
