package org.neurocanvas.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.neurocanvas.ui.Styles;

/**
 * The text field that opens over a card's name to rename the layer in place. Enter renames
 * through the editor, as one undo step; a refused name leaves the field open with the model's
 * sentence in the status bar. Escape cancels; moving the focus elsewhere keeps what was typed
 * if the model takes it.
 */
final class InlineRename extends TextField {

    private final String layerId;
    private final Pane board;
    private boolean closed;

    private InlineRename(EditorModel editor, String layerId, Pane board) {
        super(layerId);
        this.layerId = layerId;
        this.board = board;
        setId(CanvasView.RENAME_FIELD_ID);
        getStyleClass().add(Styles.CARD_NAME);
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

    /**
     * Opens a field over the name on a layer's card, on the board that holds the card, with the
     * keyboard and the old name selected, so typing replaces it.
     */
    static InlineRename open(EditorModel editor, NodeView view, Pane board) {
        InlineRename field = new InlineRename(editor, view.getId(), board);
        Bounds name = view.name().getBoundsInParent();
        Bounds body = view.name().getParent().getBoundsInParent();
        // Over the name, as wide as the card's text column: the name does not jump when the field opens.
        field.relocate(view.getLayoutX() + body.getMinX() + name.getMinX() - 4, view.getLayoutY() + body.getMinY() + name.getMinY() - 4);
        field.setPrefWidth(CanvasGeometry.CARD_WIDTH - 2 * (body.getMinX() + name.getMinX()) + 8);
        board.getChildren().add(field);
        field.requestFocus();
        field.selectAll();
        return field;
    }

    /** The layer being renamed. */
    String layerId() {
        return layerId;
    }

    /**
     * Ends the rename without renaming and takes the field off the board. The keyboard goes back to the
     * board, unless the rename ended because the person clicked elsewhere.
     */
    void close() {
        if (!closed) {
            closed = true;
            boolean hadFocus = isFocused();
            board.getChildren().remove(this);
            if (hadFocus) {
                board.requestFocus();
            }
        }
    }
}
