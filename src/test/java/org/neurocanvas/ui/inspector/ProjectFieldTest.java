package org.neurocanvas.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Project;

class ProjectFieldTest {

    private final CommandStack stack = new CommandStack(Project.empty());

    @Test
    void aTypedValueBecomesOneUndoableChange() {
        stack.execute(field("Batch size").command(stack.project(), "64"));
        assertEquals(64, stack.project().training().batchSize());
        assertEquals("Change training batch size", stack.undoDescription().orElseThrow());
        stack.execute(field("Noise").command(stack.project(), " 0.3 "));
        assertEquals(0.3, stack.project().data().noise());
        stack.undo();
        stack.undo();
        assertEquals(32, stack.project().training().batchSize());
    }

    @Test
    void refusedValuesSaySoInASentence() {
        assertEquals("Training setting 'batchSize' must be at least 1, found 0.", refusal("Batch size", "0"));
        assertEquals("Batch size expects a whole number, found '3.5'.", refusal("Batch size", "3.5"));
        assertEquals("Learning rate expects a number, found ''.", refusal("Learning rate", ""));
        assertEquals("Data setting 'classes' must be at least 2, found 1.", refusal("Classes", "1"));
        assertEquals("Epochs expects a whole number up to 2147483647, found 9999999999.", refusal("Epochs", "9999999999"));
    }

    @Test
    void everyFieldReadsTheProject() {
        Project p = stack.project();
        assertEquals("adam", field("Optimizer").value(p));
        assertEquals("spiral", field("Source").value(p));
        assertEquals(11, ProjectField.all().size());
        assertEquals(List.of(ProjectField.TRAINING, ProjectField.DATA),
                ProjectField.all().stream().map(ProjectField::section).distinct().toList());
    }

    @Test
    void theSourcesAreTheBuiltInDataSets() {
        assertTrue(ProjectField.SOURCES.containsAll(List.of("spiral", "moons", "circles", "xor")), ProjectField.SOURCES.toString());
    }

    @Test
    void numbersReadWithoutTrailingZeros() {
        assertEquals("0.01", SettingEditors.format(0.010));
        assertEquals("0.0001", SettingEditors.format(1e-4));
        assertEquals("64", SettingEditors.format(64));
        assertEquals("", SettingEditors.format(null));
    }

    private String refusal(String label, String value) {
        return assertThrows(IllegalArgumentException.class, () -> field(label).command(stack.project(), value)).getMessage();
    }

    private static ProjectField field(String label) {
        return ProjectField.all().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }
}
