package org.neurocanvas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * Help > Shortcuts: every key and gesture of the window, the menu's accelerators read from the
 * menu itself, so the list cannot fall behind it.
 */
public final class Shortcuts {

    /** One line of the list. */
    public record Row(String keys, String action) {
    }

    /** What the keyboard and mouse do on the canvas and in the palette, beyond the menus. */
    static final List<Row> GESTURES = List.of(
            new Row("Ctrl+Y", "Edit > Redo"),
            new Row("Backspace", "Delete the selection"),
            new Row("Arrow keys", "Move the selected layers a grid step (Shift: five steps)"),
            new Row("Click, Shift-click, Ctrl-click", "Select a layer; add it to or take it out of the selection"),
            new Row("Drag on empty canvas", "Select the layers the band touches (with Shift or Ctrl: add them)"),
            new Row("Drag from a right dot to a left dot", "Wire one layer's output into another's input"),
            new Row("Drop a palette layer on a wire", "Insert the layer into the wire"),
            new Row("Drag a loose layer's right dot onto a wire", "Insert the layer into the wire"),
            new Row("Double-click a palette layer", "Add it after the selected layer"),
            new Row("F2, Enter, or double-click a layer's name", "Rename the layer (Enter keeps the name, Esc cancels)"),
            new Row("Tab, Shift+Tab on the canvas", "Select the next or previous layer"),
            new Row("Enter in the palette search", "Add the marked layer; Esc clears the search"),
            new Row("Esc in a field", "Back to the canvas"),
            new Row("Middle-button drag, or Space+drag", "Pan the canvas"),
            new Row("Ctrl+wheel, or pinch", "Zoom around the pointer"));

    private Shortcuts() {
    }

    /** Each menu item with an accelerator, as "Menu > Item", then the gestures. */
    public static List<Row> of(List<Menu> menus) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : menus) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    rows.add(new Row(item.getAccelerator().getDisplayText(), menu.getText() + " > " + plain(item.getText())));
                }
            }
        }
        rows.addAll(GESTURES);
        return rows;
    }

    // Undo's text names the step it would undo; the list names the command.
    private static String plain(String text) {
        return text.startsWith("Undo ") ? "Undo" : text.startsWith("Redo ") ? "Redo" : text;
    }
}
