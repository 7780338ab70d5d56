package org.neurocanvas.ui.editor;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field that opens over a card's name to rename the layer in place. Enter renames
 * through the editor, as one undo step; a refused name leaves the field open with the model's
 * sentence in the status bar. Escape cancels; moving the focus elsewhere keeps what was typed
 * if the model takes it.
 */
final class InlineRename extends TextField {

    private final String layerId;
    private final Runnable close;
    private boolean closed;

    /**
     * @param close takes the field off the canvas; called once, whichever way the rename ends
     */
    InlineRename(EditorModel editor, String layerId, Runnable close) {
        super(layerId);
        this.layerId = layerId;
        this.close = close;
        setId(CanvasView.RENAME_FIELD_ID);
        setAccessibleText("New name for " + layerId + ": Enter renames, Escape cancels");
        setOnAction(e -> {
            if (editor.rename(layerId, getText())) {
                close();
            } else {
                selectAll();
            }
            e.consume();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !closed) {
                editor.rename(layerId, getText());
                close();
            }
        });
    }

    /** The layer being renamed. */
    String layerId() {
        return layerId;
    }

    /** Ends the rename without renaming. */
    void close() {
        if (!closed) {
            closed = true;
            close.run();
        }
    }
}
