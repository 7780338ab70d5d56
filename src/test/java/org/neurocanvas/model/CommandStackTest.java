package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    @Test
    void addUndoRedo() {
        CommandStack s = new CommandStack(Project.empty());
        AddLayer add = new AddLayer(s.project().graph(), Catalog.DENSE, 100, 50, "input_1");
        s.execute(add);
        assertTrue(s.project().graph().contains("dense_1"));
        assertEquals(List.of(new Edge("input_1", "dense_1")), s.project().graph().edges());
        assertEquals("Add dense_1", s.undoDescription().orElseThrow());
        s.undo();
        assertFalse(s.project().graph().contains("dense_1"));
        assertTrue(s.project().graph().edges().isEmpty());
        s.redo();
        assertEquals(100, s.project().graph().node("dense_1").x());
        assertEquals(1, s.project().graph().edges().size());
    }

    @Test
    void theHistoryNamesEachStepTheLatestFirstEachWay() {
        CommandStack s = Fixtures.spiralMlp();
        List<String> opened = s.undoDescriptions();
        s.execute(new ChangeSetting("dense_1", "units", 8));
        s.execute(new AddLayer(s.project().graph(), Catalog.DENSE, 100, 500, null));
        s.execute(new ChangeSetting("dense_2", "units", 16));
        assertEquals(List.of("Set units of dense_2 to 16", "Add dense_4", "Set units of dense_1 to 8"), s.undoDescriptions().subList(0, 3));
        assertEquals(opened.size() + 3, s.undoDescriptions().size());
        s.undo();
        s.undo();
        assertEquals(List.of("Add dense_4", "Set units of dense_2 to 16"), s.redoDescriptions(), "the next to redo first");
        assertEquals("Set units of dense_1 to 8", s.undoDescriptions().get(0));
    }

    @Test
    void deletingALayerTakesItsWiresInOneStep() {
        CommandStack s = Fixtures.spiralMlp();
        List<Edge> before = List.copyOf(s.project().graph().edges());
        s.execute(new DeleteElements(List.of("dense_2"), List.of()));
        assertFalse(s.project().graph().contains("dense_2"));
        assertEquals(2, s.project().graph().edges().size());
        s.undo();
        assertEquals(before, s.project().graph().edges());
        assertTrue(s.project().analyse().isValid());
    }

    @Test
    void refusedWiresSayWhy() {
        CommandStack s = Fixtures.spiralMlp();
        long revision = s.revision();
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class, () -> s.execute(new Connect("dense_3", "dense_1")));
        assertEquals("dense_1 takes 1 input and already has 1: remove its wire first.", cycle.getMessage());
        s.execute(new DeleteElements(List.of(), List.of(new Edge("input_1", "dense_1"))));
        assertEquals("Wiring dense_3 → dense_1 would make a cycle: dense_1 already feeds dense_3.",
                assertThrows(IllegalArgumentException.class, () -> s.execute(new Connect("dense_3", "dense_1"))).getMessage());
        assertEquals("input_1 is an Input layer: it receives data, not wires.",
                assertThrows(IllegalArgumentException.class, () -> s.execute(new Connect("dense_1", "input_1"))).getMessage());
        assertEquals("output_1 is the network's output: nothing can be wired after it.",
                assertThrows(IllegalArgumentException.class, () -> s.execute(new Connect("output_1", "dense_1"))).getMessage());
        assertEquals("A layer cannot feed itself: dense_1 → dense_1 would be a loop.",
                assertThrows(IllegalArgumentException.class, () -> s.execute(new Connect("dense_1", "dense_1"))).getMessage());
        assertEquals(revision + 1, s.revision(), "refused wires change nothing");
    }

    @Test
    void aBurstOfTypingInOneFieldIsOneStep() {
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new ChangeSetting("dense_1", "units", 1));
        s.execute(new ChangeSetting("dense_1", "units", 12));
        s.execute(new ChangeSetting("dense_1", "units", 128));
        assertEquals("Set units of dense_1 to 128", s.undoDescription().orElseThrow());
        s.undo();
        assertEquals(64, s.project().graph().node("dense_1").intSetting("units"));
    }

    @Test
    void badSettingsAreRefusedWithASentence() {
        CommandStack s = Fixtures.spiralMlp();
        assertEquals("Setting 'units' of dense_1 expects a whole number from 1 to 65536, found 0.",
                assertThrows(IllegalArgumentException.class, () -> s.execute(new ChangeSetting("dense_1", "units", "0"))).getMessage());
        assertEquals("Setting 'activation' of dense_1 expects one of linear, relu, tanh, sigmoid, leaky_relu, elu, gelu, silu, softmax, found 'swish'.",
                assertThrows(IllegalArgumentException.class, () -> s.execute(new ChangeSetting("dense_1", "activation", "swish"))).getMessage());
        assertEquals(64, s.project().graph().node("dense_1").intSetting("units"));
    }

    @Test
    void aDragIsOneMove() {
        CommandStack s = Fixtures.spiralMlp();
        s.execute(new MoveLayers(Map.of("dense_1", new MoveLayers.Move(0, 0, 300, 120), "dense_2", new MoveLayers.Move(0, 0, 500, 120))));
        assertEquals("Move 2 layers", s.undoDescription().orElseThrow());
        s.undo();
        assertEquals(0, s.project().graph().node("dense_1").x());
        s.redo();
        assertEquals(120, s.project().graph().node("dense_2").y());
    }

    @Test
    void dirtyFollowsTheSavedPoint() {
        CommandStack s = Fixtures.spiralMlp();
        assertTrue(s.isDirty());
        s.markSaved();
        assertFalse(s.isDirty());
        s.execute(new ChangeSetting("dense_1", "units", 10));
        assertTrue(s.isDirty());
        s.undo();
        assertFalse(s.isDirty());
        s.execute(new ChangeSetting("dense_1", "units", 10));
        s.markSaved();
        s.execute(new ChangeSetting("dense_1", "units", 11));
        assertTrue(s.isDirty(), "a change after saving is not folded into the saved step");
    }

    @Test
    void aCommandMayNotRunAnother() {
        CommandStack s = new CommandStack(Project.empty());
        Command nested = new Command() {
            public void execute(Project p) {
                s.execute(new ChangeSetting("input_1", "shape", "3"));
            }

            public void undo(Project p) {
            }

            public String description() {
                return "nested";
            }
        };
        assertThrows(IllegalStateException.class, () -> s.execute(nested));
    }

    @Test
    void aNewEmbeddingTakesTheVocabularyOfTheTokenDataInTheSameStep() throws Exception {
        CommandStack s = new CommandStack(ProjectIO.read(Path.of("samples/transformer-encoder.json")));
        AddLayer add = new AddLayer(s.project().graph(), Catalog.EMBEDDING, 0, 0, "input_1");
        s.execute(add);
        assertEquals(9, s.project().graph().node(add.layerId()).intSetting("vocabulary"));
        assertEquals(9 * 32, s.project().analyse().layer(add.layerId()).parameters());
        s.undo();
        assertFalse(s.project().graph().contains(add.layerId()));
        s.redo();
        assertEquals(9, s.project().graph().node(add.layerId()).intSetting("vocabulary"));

        s.execute(new ChangeTraining(s.project().training(), DataSpec.spiral(), "data"));
        assertEquals(9, s.project().graph().node(add.layerId()).intSetting("vocabulary"), "other data later rewrites no setting");
        AddLayer onSpiral = new AddLayer(s.project().graph(), Catalog.EMBEDDING, 0, 0, null);
        s.execute(onSpiral);
        assertEquals(1000, s.project().graph().node(onSpiral.layerId()).intSetting("vocabulary"), "data without token ids: the default");
    }
}
