package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenameLayerTest {

    private final CommandStack stack = Fixtures.spiralMlp();

    private List<String> ids() {
        return stack.project().graph().nodes().stream().map(LayerNode::id).toList();
    }

    @Test
    void theLayerKeepsItsPlaceSettingsAndWires() {
        List<String> before = ids();
        Object units = stack.project().graph().node("dense_2").setting("units");
        stack.execute(new RenameLayer("dense_2", "hidden"));
        assertEquals(before.stream().map(id -> id.equals("dense_2") ? "hidden" : id).toList(), ids());
        assertEquals(units, stack.project().graph().node("hidden").setting("units"));
        assertEquals(List.of(new Edge("dense_1", "hidden")), stack.project().graph().incoming("hidden"));
        assertEquals(List.of(new Edge("hidden", "dense_3")), stack.project().graph().outgoing("hidden"));
        assertEquals("Rename dense_2 to hidden", stack.undoDescription().orElseThrow());
        assertEquals(stack.project().analyse().totalParameters(), Fixtures.spiralMlp().project().analyse().totalParameters());
        stack.undo();
        assertEquals(before, ids());
        assertEquals(List.of(new Edge("dense_1", "dense_2")), stack.project().graph().incoming("dense_2"));
    }

    @Test
    void aTakenOrUnusableNameIsRefusedWithASentence() {
        assertEquals("A layer named dense_1 already exists: choose another name for dense_2.",
                assertThrows(IllegalArgumentException.class, () -> stack.execute(new RenameLayer("dense_2", "dense_1"))).getMessage());
        assertEquals("A layer name starts with a letter and holds only letters, digits and underscores (at most 64), "
                        + "as Python and ONNX need; found '2nd layer'.",
                assertThrows(IllegalArgumentException.class, () -> stack.execute(new RenameLayer("dense_2", "2nd layer"))).getMessage());
    }
}
