package org.neurocanvas.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
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
    void changingOneTrainingSettingKeepsEveryOther() {
        stack.execute(field("Early stopping").command(stack.project(), "5"));
        stack.execute(field("Schedule").command(stack.project(), "Cosine"));
        stack.execute(field("Clip norm").command(stack.project(), "1.5"));
        stack.execute(field("Learning rate").command(stack.project(), "0.01"));
        stack.execute(field("Optimizer").command(stack.project(), "sgd"));
        var t = stack.project().training();
        assertEquals(List.of(5, "cosine", 1.5, 0.01, "sgd"), List.of(t.patience(), t.schedule(), t.clipNorm(), t.learningRate(), t.optimizer()));
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
        assertEquals("none", field("Scaling").value(p));
        List<ProjectField> fields = ProjectField.of(p.data());
        assertEquals(23, fields.size());
        assertEquals(List.of(ProjectField.TRAINING, ProjectField.DATA), fields.stream().map(ProjectField::section).distinct().toList());
    }

    @Test
    void theSourcesAreEveryDataSourceAProjectCanName() {
        assertTrue(ProjectField.SOURCES.containsAll(List.of("spiral", "moons", "iris", "mnist-10k", "csv", "idx", "cifar10", "parity")),
                ProjectField.SOURCES.toString());
    }

    @Test
    void aShippedSetHasNoGeneratorSettingsAndAFileSourceItsFile() {
        assertEquals(List.of("Source", "Test split", "Task", "Scaling"), dataLabels(DataSpec.shipped("iris")));
        assertEquals(List.of("Source", "Samples", "Classes", "Noise", "Seed", "Test split", "Task", "Scaling"), dataLabels(DataSpec.spiral()));
        DataSpec csv = DataChoices.withFiles(DataSpec.spiral(), "csv", "data/points.csv", null);
        assertEquals(List.of("Source", "File", "Label column", "Left out", "Missing values", "Validation file", "Test file", "Test split", "Task", "Scaling"),
                dataLabels(csv));
        DataSpec idx = DataChoices.withFiles(DataSpec.spiral(), "idx", "images.idx", "labels.idx");
        assertEquals(List.of("Source", "File", "Labels file", "Test split", "Task", "Scaling"), dataLabels(idx));
        assertTrue(ProjectField.of(idx).stream().filter(f -> f.label().endsWith("ile")).allMatch(ProjectField::file));
    }

    @Test
    void anImageFolderShowsItsFolderSizeAndColourAndTheyChangeIt() {
        stack.execute(new ChangeTraining(stack.project().training(), DataSpec.images("pets", 32, 24, 3), "data"));
        assertEquals(List.of("Source", "Folder", "Image size", "Colour", "Test split", "Task", "Scaling"), dataLabels(stack.project().data()));
        assertEquals("pets", field("Folder").value(stack.project()));
        assertEquals("32x24", field("Image size").value(stack.project()));
        assertEquals("rgb", field("Colour").value(stack.project()));
        stack.execute(field("Image size").command(stack.project(), "16x16"));
        stack.execute(field("Colour").command(stack.project(), "greyscale"));
        assertEquals("16x16x1", stack.project().data().image());
        assertEquals("Change data colour", stack.undoDescription().orElseThrow());
        assertEquals("The image size must be height x width in pixels, such as 28x28, found '16'.", refusal("Image size", "16"));
        assertEquals("Data setting 'image' must be a size HxWxC such as 28x28x1, with sides from 1 to 4096 and C 1 (greyscale)"
                + " or 3 (RGB), found '5000x16x1'.", refusal("Image size", "5000x16"));
    }

    @Test
    void theColumnsLeftOutAreTypedWithCommas() {
        stack.execute(new ChangeTraining(stack.project().training(),
                DataChoices.withFiles(DataSpec.spiral(), "csv", "people.csv", null), "data"));
        assertEquals("", field("Left out").value(stack.project()));
        stack.execute(field("Left out").command(stack.project(), "id,  name"));
        assertEquals(List.of("id", "name"), stack.project().data().exclude());
        assertEquals("id, name", field("Left out").value(stack.project()));
        assertEquals("Change data left out", stack.undoDescription().orElseThrow());
        stack.execute(field("Left out").command(stack.project(), ""));
        assertEquals(List.of(), stack.project().data().exclude());
        assertEquals("Data setting 'exclude' must be a list of distinct column names, found 'id' twice.", refusal("Left out", "id, id"));
    }

    @Test
    void aTestFileIsChosenLikeTheValidationFileAndExcludesATestSplit() {
        stack.execute(new ChangeTraining(stack.project().training(),
                DataChoices.withFiles(DataSpec.spiral(), "csv", "people.csv", null), "data"));
        assertTrue(field("Test file").file(), "a Choose file… button beside it");
        assertEquals("", field("Test file").value(stack.project()));
        stack.execute(field("Test file").command(stack.project(), " exam.csv "));
        assertEquals("exam.csv", stack.project().data().testFile());
        assertEquals("Change data test file", stack.undoDescription().orElseThrow());
        assertEquals("Data settings 'test' (0.2) and 'testFile' ('exam.csv') both name a test part: hold back a fraction of the samples "
                + "or test on a separate file, not both.", refusal("Test split", "0.2"));
        stack.execute(field("Test file").command(stack.project(), ""));
        assertNull(stack.project().data().testFile());
        stack.execute(field("Test file").command(stack.project(), "exam.csv"));
        stack.execute(field("Source").command(stack.project(), "iris"));
        assertNull(stack.project().data().testFile(), "a shipped set has no test file to keep");
    }

    @Test
    void choosingAShippedSetAndAScalingAreUndoableChanges() {
        stack.execute(field("Source").command(stack.project(), "iris"));
        assertEquals(DataSpec.shipped("iris"), stack.project().data());
        stack.execute(field("Scaling").command(stack.project(), "standardize"));
        assertEquals("standardize", stack.project().data().scaling());
        assertEquals("Change data scaling", stack.undoDescription().orElseThrow());
        stack.undo();
        stack.undo();
        assertEquals(DataSpec.spiral(), stack.project().data());
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

    private ProjectField field(String label) {
        return ProjectField.of(stack.project().data()).stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> dataLabels(DataSpec data) {
        return ProjectField.of(data).stream().filter(f -> f.section().equals(ProjectField.DATA)).map(ProjectField::label).toList();
    }
}
