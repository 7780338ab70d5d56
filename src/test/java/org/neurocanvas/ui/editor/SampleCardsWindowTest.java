package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.MainWindow;
import org.neurocanvas.ui.SampleProjects;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lays out the cards of every sample in {@code samples/} with the real stylesheet: no text on a card may be cut short;
 * and opens each in the app's window, where the whole network shows at once.
 */
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
                    for (Text text : card.texts()) {
                        // A text pushed past the card's edge is cut off; one scaled down to fit may become too small to read.
                        Bounds drawn = card.card().sceneToLocal(text.localToScene(text.getLayoutBounds()));
                        double shownSize = text.getScaleY() * text.getFont().getSize();
                        if (text.isVisible() && (drawn.getMaxX() > CanvasGeometry.CARD_WIDTH
                                || drawn.getMaxY() > CanvasGeometry.CARD_HEIGHT || shownSize < MIN_LEGIBLE)) {
                            cut.add(SampleProjects.name(sample) + "/" + card.getId() + ": '" + text.getText() + "' right "
                                    + Math.round(drawn.getMaxX()) + ", bottom " + Math.round(drawn.getMaxY()) + ", drawn at "
                                    + Math.round(shownSize) + " px");
                        }
                    }
                });
            });
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void everySampleOpensWholeInViewAtAReadableZoom(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (Path sample : SampleProjects.in(SampleProjects.FOLDER)) {
            DocumentSession session = new DocumentSession(ProjectIO.read(sample), sample);
            Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                Stage s = new Stage();
                // As the app opens it: 1400 x 900, the smallest it gets (maximized on a larger screen, the canvas only grows).
                MainWindow window = new MainWindow(s, session, null);
                s.setWidth(1400);
                s.setHeight(900);
                window.fitNetwork();
                s.show();
                return s;
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                CanvasView canvas = (CanvasView) stage.getScene().lookup("." + Styles.CANVAS_SCROLL);
                Rectangle2D shown = canvas.shownArea();
                for (LayerNode n : session.project().graph().nodes()) {
                    if (!shown.contains(n.x(), n.y(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT)) {
                        cut.add(SampleProjects.name(sample) + "/" + n.id() + " outside " + shown);
                    }
                }
                if (canvas.zoomProperty().get() < CanvasView.MIN_READABLE_ZOOM) {
                    cut.add(SampleProjects.name(sample) + " at zoom " + canvas.zoomProperty().get());
                }
                stage.close();
            });
        }
        assertEquals(List.of(), cut);
    }
}
