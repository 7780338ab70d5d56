package org.neurocanvas.ui;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.neurocanvas.model.CommandStack;

/**
 * Edit > History: the edits of the selected tab by name, "Move 3 layers", "Set units of dense_2
 * to 128", the latest first. Choosing a done edit undoes it and every later one; choosing an undone
 * one redoes up to it, so a class can step back to how the network looked a few edits ago.
 */
final class HistoryMenu extends Menu {

    /** How many steps each way the menu names; the stack keeps more, reached by Undo and Redo. */
    static final int SHOWN = 20;

    HistoryMenu() {
        super("History");
    }

    /** Lists the stack's edits; with {@code locked} (a run reading the network) they are shown but not chosen. */
    void show(CommandStack stack, boolean locked) {
        List<String> undone = stack.redoDescriptions();
        List<String> done = stack.undoDescriptions();
        getItems().clear();
        if (!undone.isEmpty()) {
            getItems().add(heading("Redo up to"));
            // The furthest undone edit on top, so the list reads in the order the edits were made.
            for (int i = Math.min(undone.size(), SHOWN) - 1; i >= 0; i--) {
                int steps = i + 1;
                getItems().add(step(undone.get(i), locked, () -> repeat(stack::redo, steps)));
            }
            getItems().add(new SeparatorMenuItem());
        }
        getItems().add(heading(done.isEmpty() ? "No edits yet" : "Undo back to before"));
        for (int i = 0; i < Math.min(done.size(), SHOWN); i++) {
            int steps = i + 1;
            getItems().add(step(done.get(i), locked, () -> repeat(stack::undo, steps)));
        }
    }

    private static MenuItem heading(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }

    private static MenuItem step(String name, boolean locked, Runnable action) {
        MenuItem item = new MenuItem(name);
        // Layer names such as dense_2 appear in the steps' names; an underscore is not a mnemonic here.
        item.setMnemonicParsing(false);
        item.setDisable(locked);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void repeat(Runnable step, int times) {
        for (int i = 0; i < times; i++) {
            step.run();
        }
    }
}
