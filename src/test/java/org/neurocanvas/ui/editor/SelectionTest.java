package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Edge;
import org.neurocanvas.ui.DocumentSession;

class SelectionTest {

    @Test
    void aClickSelectsOneLayerAndShiftClickTogglesOthers() {
        Selection s = new Selection();
        s.selectLayer("dense_1", false);
        s.selectLayer("dense_2", false);
        assertEquals(Set.of("dense_2"), s.layers());
        assertEquals(Optional.of("dense_2"), s.single());
        s.selectLayer("dense_3", true);
        assertEquals(Set.of("dense_2", "dense_3"), s.layers());
        assertEquals(Optional.empty(), s.single());
        s.selectLayer("dense_2", true);
        assertEquals(Set.of("dense_3"), s.layers());
    }

    @Test
    void aWireAndLayersAreNeverSelectedTogether() {
        Selection s = new Selection();
        s.selectLayer("dense_1", false);
        Edge wire = new Edge("dense_1", "dense_2");
        s.selectWire(wire);
        assertTrue(s.contains(wire));
        assertFalse(s.contains("dense_1"));
        s.selectLayer("dense_2", false);
        assertEquals(Optional.empty(), s.wire());
    }

    @Test
    void listenersHearEveryChangeButNotAnEmptyClear() {
        Selection s = new Selection();
        int[] calls = {0};
        s.addListener(() -> calls[0]++);
        s.clear();
        s.selectLayer("dense_1", false);
        s.clear();
        assertEquals(2, calls[0]);
    }

    @Test
    void deletingTheSelectionIsOneUndoStep() {
        DocumentSession session = Projects.spiralMlp();
        EditorModel editor = new EditorModel(session, sentence -> { });
        editor.selection().selectLayer("dense_2", false);
        editor.selection().selectLayer("dense_3", true);
        assertTrue(editor.deleteSelection());
        assertFalse(session.project().graph().contains("dense_2"));
        assertEquals("Delete 2 layers", session.stack().undoDescription().orElseThrow());
        assertTrue(editor.selection().isEmpty(), "deleted layers leave the selection");
        session.stack().undo();
        assertEquals(4, session.project().graph().edges().size());
    }

    @Test
    void aWireThatAnUndoRemovesLeavesTheSelection() {
        DocumentSession session = Projects.spiralMlp();
        EditorModel editor = new EditorModel(session, sentence -> { });
        String loose = Projects.looseDense(session, 460, 400);
        editor.connect("dense_1", loose);
        editor.selection().selectWire(new Edge("dense_1", loose));
        session.stack().undo();
        assertTrue(editor.selection().isEmpty());
    }

    @Test
    void nothingSelectedDeletesNothing() {
        DocumentSession session = Projects.spiralMlp();
        EditorModel editor = new EditorModel(session, sentence -> { });
        long revision = session.stack().revision();
        assertFalse(editor.deleteSelection());
        assertEquals(revision, session.stack().revision());
    }
}
