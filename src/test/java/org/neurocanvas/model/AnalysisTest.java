package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void spiralMlpHasKnownShapesAndParameters() {
        Project p = Fixtures.spiralMlp().project();
        Analysis a = p.analyse();
        assertTrue(a.isValid(), () -> a.problems().toString());
        assertEquals(new Shape(2), a.layer("input_1").shape());
        assertEquals(new Shape(64), a.layer("dense_2").shape());
        assertEquals(2 * 64 + 64, a.layer("dense_1").parameters());
        assertEquals(64 * 64 + 64, a.layer("dense_2").parameters());
        assertEquals(64 * 3 + 3, a.layer("dense_3").parameters());
        assertEquals(4547, a.totalParameters());
        assertEquals(List.of("input_1", "dense_1", "dense_2", "dense_3", "output_1"),
                a.order().stream().map(LayerNode::id).toList());
    }

    @Test
    void denseAfterAnImageAsksForAFlatten() {
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeSetting("input_1", "shape", "28x28x1"));
        Analysis a = s.project().analyse();
        assertEquals("dense_1 expects a vector (None, n) but receives (None, 28, 28, 1): add a Flatten before dense_1.",
                a.layer("dense_1").problem());
        assertEquals("dense_2 waits for dense_1, which has a problem.", a.layer("dense_2").problem());
        assertTrue(a.waits("dense_2") && a.waits("output_1"), "the layers after it only wait");
        assertFalse(a.waits("dense_1"), "the problem starts at dense_1");
        assertFalse(a.isValid());
    }

    @Test
    void outputUnitsMustMatchTheClassesOfTheData() {
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeSetting("dense_3", "units", 2));
        assertEquals("output_1 receives 2 class scores but the data set has 3 classes: set units of dense_3 to 3.",
                s.project().analyse().layer("output_1").problem());
    }

    @Test
    void unwiredLayersSayWhatIsMissing() {
        CommandStack s = Fixtures.spiralMlp();
        AddLayer stray = new AddLayer(s.project().graph(), Catalog.DENSE, 0, 0, null);
        s.execute(stray);
        AddLayer dangling = new AddLayer(s.project().graph(), Catalog.DENSE, 0, 0, "dense_1");
        s.execute(dangling);
        Analysis a = s.project().analyse();
        assertEquals("dense_4 has no input: wire a layer's output into it.", a.layer("dense_4").problem());
        assertEquals("dense_5 does not lead to output_1: wire it on or delete it.", a.layer("dense_5").problem());
        assertEquals(Shape.vector(16), a.layer("dense_5").shape(), "a loose end still shows what it computes");
        assertTrue(a.layer("dense_2").valid());
    }

    @Test
    void aChainThatStopsShortIsFlaggedOnlyAtItsLooseEnd() {
        CommandStack s = new CommandStack(Project.empty());
        AddLayer first = new AddLayer(s.project().graph(), Catalog.DENSE, 0, 0, "input_1");
        s.execute(first);
        s.execute(new AddLayer(s.project().graph(), Catalog.DENSE, 0, 0, first.layerId()));
        Analysis a = s.project().analyse();
        assertTrue(a.layer("dense_1").valid(), a.layer("dense_1").problem());
        assertEquals(Shape.vector(16), a.layer("dense_1").shape());
        assertEquals("dense_2 does not lead to output_1: wire it on or delete it.", a.layer("dense_2").problem());
    }

    @Test
    void aNewProjectsInputTakesTheShapeOfItsData() {
        Analysis a = Project.empty().analyse();
        assertEquals(Shape.vector(2), a.layer("input_1").shape(), "the spiral's two coordinates");
    }

    @Test
    void aNetworkWithoutInputOrOutputSaysSo() {
        CommandStack s = new CommandStack(Project.empty());
        s.execute(new DeleteElements(List.of("input_1", "output_1"), List.of()));
        assertEquals(List.of("The network has no Input layer: drag one from the palette.",
                        "The network has no Output layer: drag one from the palette and wire the last layer into it."),
                s.project().analyse().problems());
    }

    @Test
    void outputNeedsTwoOrMoreScores() {
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeSetting("dense_3", "units", 1));
        assertEquals("output_1 needs at least 2 class scores for softmax cross-entropy but receives (None, 1): "
                + "use binary_cross_entropy or give it 2 units.",
                s.project().analyse().layer("output_1").problem());
    }

    @Test
    void threeHundredLayersAnalyseQuickly() {
        CommandStack s = new CommandStack(Project.empty());
        String previous = "input_1";
        for (int i = 0; i < 300; i++) {
            AddLayer add = new AddLayer(s.project().graph(), Catalog.DENSE, 0, 0, previous);
            s.execute(add);
            previous = add.layerId();
        }
        // Not a timing assertion: a smoke check that analysis of a long chain completes and stays valid.
        s.execute(new ChangeSetting(previous, "units", 3));
        s.execute(new Connect(previous, "output_1"));
        assertTrue(s.project().analyse().isValid());
    }

    @Test
    void aClassLossOnDataWithoutClassesSaysWhichLossToUse() {
        // Found building the autoencoder by hand: with the task set to reconstruction the Output kept
        // softmax_cross_entropy and asked for "one score per class" of data that has no classes.
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeSetting("dense_3", "units", 2));
        s.execute(new ChangeTraining(s.project().training(), s.project().data().withTask(DataSpec.RECONSTRUCTION), "task"));
        Analysis a = s.project().analyse();
        assertEquals("output_1 uses softmax_cross_entropy, a loss for classes, but the data's task is reconstruction: "
                + "its targets are numbers, so choose mean_squared_error (or mean_absolute_error, huber).", a.layer("output_1").problem());
        assertFalse(a.isValid());
        s.execute(new ChangeSetting("input_1", "shape", "28x28x1"));
        assertEquals("output_1 waits for dense_3, which has a problem.", s.project().analyse().layer("output_1").problem(),
                "a problem further back is said first");
        s.undo();

        s.execute(new ChangeSetting("output_1", "loss", "mean_squared_error"));
        assertTrue(s.project().analyse().isValid(), () -> s.project().analyse().problems().toString());
    }

    @Test
    void softmaxBeforeTheOutputIsCaught() {
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeSetting("dense_3", "activation", "softmax"));
        assertEquals("output_1 applies softmax itself, and dense_3 already did: set the activation of dense_3 to linear, "
                + "so the output receives raw scores (logits).", s.project().analyse().layer("output_1").problem());
    }

    @Test
    void reluBeforeSoftmaxCrossEntropyIsAHintNotAProblem() {
        CommandStack s = Fixtures.spiralMlp();
        assertTrue(s.project().analyse().hints().isEmpty(), "a linear layer before the output is as it should be");
        s.execute(new ChangeSetting("dense_3", "activation", "relu"));
        Analysis a = s.project().analyse();
        assertTrue(a.isValid(), "the network still trains");
        assertEquals("dense_3: relu before softmax cross-entropy clips the logits (the raw class scores output_1 turns into "
                + "probabilities), which slows or stalls learning; use linear.", a.hint("dense_3").orElseThrow());
        assertEquals(List.of(a.hint("dense_3").orElseThrow()), a.hints());
        assertTrue(a.hint("dense_2").isEmpty(), "relu between hidden layers is fine");
        assertTrue(a.layer("dense_3").valid());

        s.execute(new ChangeSetting("dense_3", "activation", "tanh"));
        assertTrue(s.project().analyse().hint("dense_3").orElseThrow().contains("tanh before softmax cross-entropy squashes the logits"));
        s.execute(new ChangeSetting("dense_3", "activation", "softmax"));
        assertTrue(s.project().analyse().hints().isEmpty(), "softmax twice is a problem, not a hint");
    }

    @Test
    void anActivationLayerBeforeTheOutputGetsTheHintToo() {
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new DeleteElements(List.of(), List.of(new Edge("dense_3", "output_1"))));
        AddLayer relu = new AddLayer(s.project().graph(), Catalog.byId("Activation"), 0, 0, "dense_3");
        s.execute(relu);
        s.execute(new Connect(relu.layerId(), "output_1"));
        assertTrue(s.project().analyse().hint(relu.layerId()).orElseThrow().startsWith(relu.layerId() + ": relu before softmax"));
    }

    private static CommandStack tokenTransformer() throws Exception {
        return new CommandStack(ProjectIO.read(Path.of("samples/transformer-encoder.json")));
    }

    @Test
    void anEmbeddingSmallerThanTheDataTokenIdsIsAProblem() throws Exception {
        CommandStack s = tokenTransformer();
        assertTrue(s.project().analyse().isValid(), () -> s.project().analyse().problems().toString());
        s.execute(new ChangeSetting("embedding_1", "vocabulary", 5));
        Analysis a = s.project().analyse();
        String sentence = "embedding_1's vocabulary is 5, but a-before-b's token ids run 0 to 8: set vocabulary to at least 9.";
        assertEquals(sentence, a.layer("embedding_1").problem());
        assertEquals(List.of(sentence), a.problems());
        assertEquals(new Shape(12, 32), a.layer("embedding_1").shape(), "its card still shows what it computes");
        assertTrue(a.layer("positionalencoding_1").valid(), "the layers after it are sound");
    }

    @Test
    void anEmbeddingFarLargerThanTheDataTokenIdsGetsAHint() throws Exception {
        CommandStack s = tokenTransformer();
        assertTrue(s.project().analyse().hints().isEmpty());
        s.execute(new ChangeSetting("embedding_1", "vocabulary", 1000));
        Analysis a = s.project().analyse();
        assertTrue(a.isValid(), "a hint, not a problem: the network trains");
        assertEquals(List.of("embedding_1: its vocabulary is 1000, but a-before-b's token ids run 0 to 8, so 991 of its 1000 rows "
                + "never train; set vocabulary to 9."), a.hints());
        s.execute(new ChangeSetting("embedding_1", "vocabulary", 18));
        assertTrue(s.project().analyse().hints().isEmpty(), "up to twice what the ids need is a choice, not waste");
        s.execute(new ChangeSetting("embedding_1", "vocabulary", 19));
        assertTrue(s.project().analyse().hint("embedding_1").orElseThrow().contains("10 of its 19 rows never train"));
    }

    @Test
    void anEmbeddingOnDataOfUnknownTokenIdsIsLeftAlone() throws Exception {
        CommandStack s = tokenTransformer();
        s.execute(new ChangeSetting("embedding_1", "vocabulary", 5));
        DataSpec table = new DataSpec("csv", "ids.csv", null, "label", 0, 0, 0, 0, 1, null, null);
        s.execute(new ChangeTraining(s.project().training(), table, "data"));
        assertTrue(s.project().analyse().layer("embedding_1").valid(), "a file's ids are known only once it is read");
    }
}
