package org.neurocanvas.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.editor.EditorModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector says why a layer's card has a dashed border: found building lstm-sequence by hand, where
 * the Dense added before the Output kept its default relu and the reason was only in the status bar, cut off.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorHintWindowTest {

    private EditorModel editor;

    @Start
    void start(Stage stage) {
        // Input(2) → Dense(3, relu, the default) → Output(softmax cross-entropy): trains, with a hint on dense_1.
        Project project = new Project("hint", DataSpec.spiral(), TrainingSpec.defaults());
        CommandStack stack = new CommandStack(project);
        Graph g = project.graph();
        stack.execute(new AddLayer(g, Catalog.INPUT, 60, 180, null));
        AddLayer dense = new AddLayer(g, Catalog.DENSE, 260, 180, "input_1");
        stack.execute(dense);
        stack.execute(new ChangeSetting(dense.layerId(), "units", 3));
        stack.execute(new AddLayer(g, Catalog.OUTPUT, 460, 180, dense.layerId()));
        editor = new EditorModel(new DocumentSession(project, null), sentence -> { });
        stage.setScene(new Scene(new InspectorView(editor, sentence -> { }), 340, 600));
        stage.show();
    }

    private static Label hint() {
        return new FxRobot().lookup("#inspector-hint").queryAs(Label.class);
    }

    @Test
    void aLayerWithAHintShowsItAndLosesItOnceTheChoiceIsMended() {
        assertTrue(editor.analysis().hint("dense_1").isPresent(), "the network should have a hint on dense_1");
        assertFalse(hint().isVisible(), "with nothing selected there is no layer's hint to show");

        Platform.runLater(() -> editor.selection().selectLayer("dense_1", false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hint().isVisible());
        assertEquals(editor.analysis().hint("dense_1").get(), hint().getText());

        Platform.runLater(() -> editor.selection().selectLayer("input_1", false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hint().isVisible(), "input_1 has no hint");

        Platform.runLater(() -> {
            editor.selection().selectLayer("dense_1", false);
            editor.execute(new ChangeSetting("dense_1", "activation", "linear"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hint().isVisible(), "a linear dense_1 has no hint left");
    }
}
