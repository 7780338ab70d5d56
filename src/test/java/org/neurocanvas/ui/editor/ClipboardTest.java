package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.ui.DocumentSession;

/** Cut, copy, paste and duplicate on the spiral layout (Input → Dense 64 → Dense 64 → Dense 3 linear → Output). */
class ClipboardTest {

    private final LayerClipboard clipboard = new LayerClipboard();
    private final List<String> status = new ArrayList<>();
    private final DocumentSession session = Projects.spiralMlp();
    private final EditorModel editor = new EditorModel(session, status::add, clipboard);

    @Test
    void aPasteRenamesTheLayersKeepsTheirSettingsAndInnerWiresAndIsOneStep() {
        editor.selection().selectLayers(List.of("dense_2", "dense_3"));
        assertTrue(editor.copySelection());
        assertTrue(editor.paste());
        Graph g = graph();
        assertEquals(Set.of("dense_4", "dense_5"), editor.selection().layers(), "the pasted layers are selected");
        assertEquals(List.of(new Edge("dense_4", "dense_5")), g.incoming("dense_5"), "the wire between the copies comes along");
        assertEquals(List.of(), g.incoming("dense_4"), "the wire from dense_1, outside the copy, does not");
        assertEquals("linear", g.node("dense_5").textSetting("activation"));
        assertEquals(3, g.node("dense_5").intSetting("units"));
        assertEquals(460 + LayerClipboard.OFFSET, g.node("dense_4").x());
        assertEquals("Paste 2 layers", session.stack().undoDescription().orElseThrow());

        session.stack().undo();
        assertFalse(g.contains("dense_4") || g.contains("dense_5"));
        assertEquals(4, g.edges().size());
        session.stack().redo();
        assertTrue(g.edges().contains(new Edge("dense_4", "dense_5")), "redo brings back the same layers and wire");
    }

    @Test
    void eachPasteLandsAStepFurther() {
        editor.selection().selectLayer("dense_1", false);
        editor.copySelection();
        editor.paste();
        editor.paste();
        assertEquals(260 + 2 * LayerClipboard.OFFSET, graph().node("dense_5").x());
        assertEquals(180 + 2 * LayerClipboard.OFFSET, graph().node("dense_5").y());
    }

    @Test
    void cutRemovesTheLayersInOneStepAndTheyPasteBack() {
        editor.selection().selectLayers(List.of("dense_1", "dense_2"));
        assertTrue(editor.cutSelection());
        assertFalse(graph().contains("dense_1"));
        assertEquals("Cut 2 layers", session.stack().undoDescription().orElseThrow());
        editor.paste();
        assertTrue(graph().edges().contains(new Edge("dense_1", "dense_2")), "fresh names may be the old ones once they are free");
        session.stack().undo();
        session.stack().undo();
        assertEquals(4, graph().edges().size(), "undoing the cut brings the layers back with every wire");
    }

    @Test
    void layersCopiedInOneProjectPasteIntoTheNextOneOpened() {
        editor.selection().selectLayers(List.of("dense_1", "dense_2"));
        editor.copySelection();
        session.newProject();
        assertTrue(editor.paste());
        assertEquals(List.of(new Edge("dense_1", "dense_2")), graph().edges());
        assertEquals(64, graph().node("dense_2").intSetting("units"));
    }

    @Test
    void duplicateCopiesBesideTheOriginalsAndLeavesTheClipboardAlone() {
        editor.selection().selectLayer("dense_3", false);
        assertTrue(editor.duplicateSelection());
        assertEquals(Set.of("dense_4"), editor.selection().layers());
        assertEquals("Duplicate 1 layer", session.stack().undoDescription().orElseThrow());
        assertTrue(clipboard.isEmpty());
    }

    @Test
    void withNothingSelectedOrCopiedTheStatusBarSaysWhatToDo() {
        long revision = session.stack().revision();
        assertFalse(editor.copySelection());
        assertFalse(editor.paste());
        assertFalse(editor.duplicateSelection());
        assertEquals(revision, session.stack().revision());
        assertEquals("Nothing to paste: copy some layers first.", status.get(1));
    }

    private Graph graph() {
        return session.project().graph();
    }
}
