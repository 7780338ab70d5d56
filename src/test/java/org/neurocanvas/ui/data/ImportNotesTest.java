package org.neurocanvas.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neurocanvas.data.ImportPreview;
import org.neurocanvas.model.ProjectIO;

/** The import dialog's words, without a window. */
class ImportNotesTest {

    private static final ImportPreview IRIS = ImportPreview.of(Path.of("samples/data/iris.csv"));

    @Test
    void anInputOfAnotherFixedShapeIsNamedBeforeAccept() throws Exception {
        assertEquals(Optional.of("The network's input_1 takes samples of shape 2, and this data's are 4: after Accept, set its shape to"
                + " auto (or 4)."), ImportDataDialog.inputNote(ProjectIO.read(Path.of("samples/spiral-mlp.json")), new int[] {4}));
        assertEquals(Optional.empty(), ImportDataDialog.inputNote(ProjectIO.read(Path.of("samples/mnist-cnn.json")), new int[] {28, 28, 1}));
        assertEquals(Optional.of("The network's input_1 takes samples of shape 28x28x1, and this data's are 32x32x3: after Accept, set"
                + " its shape to auto (or 32x32x3)."), ImportDataDialog.inputNote(ProjectIO.read(Path.of("samples/mnist-cnn.json")),
                new int[] {32, 32, 3}));
    }

    @Test
    void anAutoInputTakesAnyData() throws Exception {
        assertEquals(Optional.empty(), ImportDataDialog.inputNote(ProjectIO.read(Path.of("samples/iris-mlp.json")), new int[] {4}));
    }

    @Test
    void classesAreCountedAndARegressionTargetSpans() {
        assertEquals("Classes: setosa 50, versicolor 50, virginica 50.", ImportDataDialog.classesText(IRIS));
        assertEquals("Regression: numeric target 'progression', from 25.00 to 346.0, mean 152.1.",
                ImportDataDialog.classesText(ImportPreview.of(Path.of("samples/data/diabetes.csv"))));
    }
}
