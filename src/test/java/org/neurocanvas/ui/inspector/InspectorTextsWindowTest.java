package org.neurocanvas.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.Project;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.UnsavedChangesPrompt;
import org.neurocanvas.ui.editor.EditorModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The project inspector's names and chosen values read in full at the smallest window a helper used (1215 x 780). */
@ExtendWith(ApplicationExtension.class)
class InspectorTextsWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, DocumentSession.blank(), name -> UnsavedChangesPrompt.Answer.DISCARD);
        stage.setWidth(1215);
        stage.setHeight(780);
        stage.show();
    }

    @Test
    void theLongestSourcesShowInFullOnceChosen(FxRobot robot) {
        for (String source : new String[] {"fashion-mnist-60k", "first-equals-last"}) {
            robot.interact(() -> {
                EditorModel editor = window.editor();
                Project project = editor.session().project();
                editor.execute(new ChangeTraining(project.training(), DataChoices.withSource(project.data(), source), "data source"));
            });
            WaitForAsyncUtils.waitForFxEvents();
            ComboBox<?> box = robot.from(window.selectedTab().inspector()).lookup("#" + InspectorView.SOURCE_ID).queryAs(ComboBox.class);
            Labeled shown = (Labeled) ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
            assertEquals(source, shown(shown, robot), "the chosen source, not cut");
        }
    }

    /** A helper read "Warm-up epo..." beside its field. */
    @Test
    void everyProjectSettingsNameShowsInFull(FxRobot robot) {
        robot.interact(() -> window.editor().selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = robot.from(window.selectedTab().inspector()).lookup(".property-pane > .label").queryAllAs(Label.class).stream()
                .filter(label -> !label.getText().equals(shown(label, robot))).map(Label::getText).toList();
        assertEquals(List.of(), cut, "names cut short");
    }

    /** What a label really draws: its text, or the text cut with an ellipsis. */
    static String shown(Labeled labeled, FxRobot robot) {
        return robot.from(labeled).lookup(".text").queryAs(Text.class).getText();
    }
}
