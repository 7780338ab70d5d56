package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurocanvas.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A network far wider than the window, most of whose cards wait off the board. */
@ExtendWith(ApplicationExtension.class)
class LargeNetworkWindowTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        Scene scene = new Scene(root, 900, 500);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aCardFarOutOfViewIsStyledBeforeAPanReachesIt(FxRobot robot) throws Exception {
        CanvasView[] canvas = new CanvasView[1];
        robot.interact(() -> {
            canvas[0] = new CanvasView(new EditorModel(Projects.chain(60), s -> { }));
            root.getChildren().setAll(canvas[0]);
        });
        NodeView last = WaitForAsyncUtils.asyncFx(() -> canvas[0].card("dense_60")).get();
        assertNull(last.getParent(), "the last card lies 12,000 units right of the view, off the board");

        // Styled, it has the background its style sheet gives a card; a card never styled has none.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> last.card().getBackground() != null).get());
        assertNull(WaitForAsyncUtils.asyncFx(last::getParent).get(), "styled, and off the board again");
    }
}
