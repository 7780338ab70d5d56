package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.SampleProjects;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lays out the cards of every sample in {@code samples/} with the real stylesheet: no text on a card may be cut short. */
@ExtendWith(ApplicationExtension.class)
class SampleCardsWindowTest {

    /** The smallest text, in pixels at actual size, that a long name may be shrunk to. */
    private static final double MIN_LEGIBLE = 9;

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        Scene scene = new Scene(root, 1240, 760);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyCardOfEverySampleShowsItsTextsWhole(FxRobot robot) throws Exception {
        List<Path> samples = SampleProjects.in(SampleProjects.FOLDER);
        assertFalse(samples.isEmpty(), "the samples are read from " + SampleProjects.FOLDER.toAbsolutePath());
        List<String> cut = new ArrayList<>();
        for (Path sample : samples) {
            DocumentSession session = new DocumentSession(ProjectIO.read(sample), sample);
            robot.interact(() -> {
                CanvasView canvas = new CanvasView(new EditorModel(session, s -> { }));
                root.getChildren().setAll(canvas);
                root.applyCss();
                root.layout();
                canvas.lookupAll("." + Styles.LAYER_VIEW).forEach(n -> {
                    NodeView card = (NodeView) n;
                    for (Label label : card.texts()) {
                        // A label narrower than its text shows an ellipsis; one pushed past the card's edge is cut off.
                        double right = card.card().sceneToLocal(label.localToScene(label.getLayoutBounds())).getMaxX();
                        double bottom = card.card().sceneToLocal(label.localToScene(label.getLayoutBounds())).getMaxY();
                        double shownSize = label.getScaleY() * label.getFont().getSize();
                        if (label.isVisible() && (label.getWidth() + 0.5 < label.prefWidth(-1) || right > CanvasGeometry.CARD_WIDTH
                                || bottom > CanvasGeometry.CARD_HEIGHT || shownSize < MIN_LEGIBLE)) {
                            cut.add(SampleProjects.name(sample) + "/" + card.getId() + ": '" + label.getText() + "' in "
                                    + Math.round(label.getWidth()) + " of " + Math.round(label.prefWidth(-1)) + " px, right "
                                    + Math.round(right) + ", bottom " + Math.round(bottom) + ", drawn at " + Math.round(shownSize) + " px");
                        }
                    }
                });
            });
        }
        assertEquals(List.of(), cut);
    }
}
