package org.neurocanvas.ui;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.ui.editor.AutoLayout;
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.editor.ZoomLevels;

/**
 * The menu bar: File (with Open Recent, and New from Template and Open Sample, both from the sample
 * projects), Edit, View, Model and Help with their shortcuts. Edit, View and Export Canvas work on
 * the selected tab; Undo and Redo name the edit they would reverse in that tab's history; edits are
 * greyed out while training reads the selected tab's network.
 */
public final class MainMenu extends MenuBar {

    private static final KeyCombination REDO_ALTERNATIVE = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    /** How strongly a file that has moved is greyed out in Open Recent. */
    private static final double MISSING_OPACITY = 0.45;

    private final FileActions files;
    private final Supplier<ProjectTab> current;
    private final Menu recent = new Menu("Open Recent");
    private final Menu samples = new Menu("Open Sample");
    private final MenuItem undo = item("Undo", "Ctrl+Z");
    private final MenuItem redo = item("Redo", "Ctrl+Shift+Z");
    private final HistoryMenu history = new HistoryMenu();
    private final MenuItem delete = new MenuItem("Delete");
    private final MenuItem cut = item("Cut", "Ctrl+X");
    private final MenuItem copy = item("Copy", "Ctrl+C");
    private final MenuItem paste = item("Paste", "Ctrl+V");
    private final MenuItem duplicate = item("Duplicate", "Ctrl+D");
    private final MenuItem selectAll = item("Select All", "Ctrl+A");
    private final MenuItem arrange = item("Arrange", "Ctrl+L");
    private final MenuItem arrangeDown = item("Arrange Top to Bottom", "Ctrl+Shift+L");
    private final MenuItem arrangeRows = item("Arrange in Rows", "Ctrl+Shift+R");
    private final CheckMenuItem dark = new CheckMenuItem("Dark Theme");
    /** One choice for every tab: a teacher who hides the mini-map wants it hidden in each project. */
    private final CheckMenuItem miniMap = new CheckMenuItem("Mini-map");
    private final CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
    private boolean locked;

    /**
     * @param current the selected project's tab, which Edit, View and Export Canvas work on
     * @param summary shows Model > Summary
     * @param about shows Help > About
     * @param exportModel shows File > Export Model for the selected tab's last trained model
     */
    public MainMenu(FileActions files, Supplier<ProjectTab> current, Runnable summary, Runnable about, Runnable exportModel) {
        this.files = files;
        this.current = current;
        MenuItem newItem = item("New", "Ctrl+N");
        MenuItem openItem = item("Open…", "Ctrl+O");
        MenuItem template = new MenuItem("New from Template…");
        MenuItem save = item("Save", "Ctrl+S");
        MenuItem saveAs = item("Save As…", "Ctrl+Shift+S");
        MenuItem close = item("Close", "Ctrl+W");
        MenuItem quit = item("Quit", "Ctrl+Q");
        delete.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        newItem.setOnAction(run(files::newProject));
        openItem.setOnAction(run(files::open));
        template.setOnAction(run(files::newFromTemplate));
        for (Path sample : SampleProjects.in(SampleProjects.FOLDER)) {
            MenuItem item = new MenuItem(SampleProjects.name(sample));
            item.setMnemonicParsing(false);
            item.setOnAction(run(() -> files.openSample(sample)));
            samples.getItems().add(item);
        }
        // Started elsewhere than its installation, the application finds no samples to list.
        samples.setDisable(samples.getItems().isEmpty());
        save.setOnAction(run(files::save));
        saveAs.setOnAction(run(files::saveAs));
        close.setOnAction(run(files::close));
        quit.setOnAction(run(files::quit));
        MenuItem exportPng = new MenuItem("Export Canvas as PNG…");
        MenuItem exportSvg = new MenuItem("Export Canvas as SVG…");
        exportPng.setOnAction(run(() -> current.get().export().askPng()));
        exportSvg.setOnAction(run(() -> current.get().export().askSvg()));
        MenuItem exportModelItem = item("Export Model…", "Ctrl+E");
        exportModelItem.setOnAction(run(exportModel));
        undo.setOnAction(run(() -> stack().undo()));
        redo.setOnAction(run(() -> stack().redo()));
        // In a text field (the palette's search, a setting) these keys edit the text, not the network.
        delete.setOnAction(textOr(TextInputControl::deleteNextChar, () -> editor().deleteSelection()));
        cut.setOnAction(textOr(TextInputControl::cut, () -> editor().cutSelection()));
        copy.setOnAction(textOr(TextInputControl::copy, () -> editor().copySelection()));
        paste.setOnAction(textOr(TextInputControl::paste, () -> editor().paste()));
        duplicate.setOnAction(run(() -> editor().duplicateSelection()));
        selectAll.setOnAction(textOr(TextInputControl::selectAll, () -> editor().selectAll()));
        MenuItem find = item("Find Layer", "Ctrl+F");
        find.setOnAction(run(() -> current.get().palette().search().requestFocus()));
        MenuItem zoomIn = item("Zoom In", "Ctrl+Equals");
        MenuItem zoomOut = item("Zoom Out", "Ctrl+Minus");
        MenuItem actualSize = item("Actual Size", "Ctrl+0");
        MenuItem fit = item("Zoom to Fit", "Ctrl+9");
        zoomIn.setOnAction(run(() -> zoom().set(ZoomLevels.in(zoom().get()))));
        zoomOut.setOnAction(run(() -> zoom().set(ZoomLevels.out(zoom().get()))));
        actualSize.setOnAction(run(() -> zoom().set(1)));
        fit.setOnAction(run(() -> current.get().canvas().zoomToFit()));
        MenuItem zoomSelection = item("Zoom to Selection", "Ctrl+Shift+9");
        zoomSelection.setOnAction(run(() -> current.get().canvas().zoomToSelection()));
        arrange.setOnAction(run(() -> editor().arrange()));
        arrangeDown.setOnAction(run(() -> editor().arrange(AutoLayout.Direction.TOP_TO_BOTTOM)));
        arrangeRows.setOnAction(run(() -> current.get().canvas().arrangeInRows()));
        MenuItem summaryItem = new MenuItem("Summary");
        summaryItem.setOnAction(run(summary));
        MenuItem aboutItem = new MenuItem("About NeuroCanvas");
        aboutItem.setOnAction(run(about));
        MenuItem shortcuts = new MenuItem("Shortcuts");
        shortcuts.setOnAction(run(() -> Dialogs.showShortcuts(getScene().getWindow(), Shortcuts.of(getMenus()))));
        miniMap.setSelected(true);
        snap.setSelected(true);
        dark.setOnAction(run(() -> setDarkTheme(dark.isSelected())));

        Menu file = new Menu("File", null, newItem, template, openItem, recent, samples, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), exportModelItem, exportPng, exportSvg, new SeparatorMenuItem(), close, quit);
        // Listed afresh each time, so that a file moved meanwhile shows as missing.
        file.setOnShowing(e -> listRecent());
        listRecent();
        getMenus().addAll(
                file,
                new Menu("Edit", null, undo, redo, history, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete,
                        new SeparatorMenuItem(), selectAll, find),
                new Menu("View", null, zoomIn, zoomOut, actualSize, fit, zoomSelection, new SeparatorMenuItem(), arrange, arrangeDown, arrangeRows, snap, new SeparatorMenuItem(), miniMap, dark),
                new Menu("Model", null, summaryItem),
                new Menu("Help", null, shortcuts, aboutItem));
    }

    /** Keeps Undo, Redo and the edits' availability up to date with a tab's edits while it is the selected one. */
    public void watch(ProjectTab tab) {
        Runnable ifCurrent = () -> {
            if (current.get() == tab) {
                refresh();
            }
        };
        tab.session().addChangeListener(ifCurrent);
        tab.editor().selection().addListener(ifCurrent);
        tab.canvas().miniMapEnabledProperty().bind(miniMap.selectedProperty());
        tab.editor().snapToGridProperty().bind(snap.selectedProperty());
    }

    /** File > Open Recent, as the File menu shows it. */
    public Menu recent() {
        return recent;
    }

    /** Adds File > Import Data… below Open Sample, running this action. */
    public void addImportData(Runnable action) {
        MenuItem importData = new MenuItem("Import Data…");
        importData.setOnAction(run(action));
        getMenus().get(0).getItems().add(getMenus().get(0).getItems().indexOf(samples) + 1, importData);
    }

    /** Adds the shortcuts a menu item can hold only one of: Ctrl+Y redoes too. */
    public void installExtraShortcuts(Scene scene) {
        scene.getAccelerators().put(REDO_ALTERNATIVE, () -> {
            if (!redo.isDisable()) {
                redo.fire();
            }
        });
    }

    /** Puts the dark theme's palette over the light one, or takes it away. */
    public void setDarkTheme(boolean on) {
        dark.setSelected(on);
        URL url = MainMenu.class.getResource(Styles.DARK_STYLESHEET);
        if (getScene() == null || url == null) {
            return;
        }
        List<String> sheets = getScene().getStylesheets();
        sheets.remove(url.toExternalForm());
        if (on) {
            sheets.add(url.toExternalForm());
        }
    }

    /** While training reads the selected project, nothing that changes or replaces its network may run. */
    public void setLocked(boolean locked) {
        this.locked = locked;
        refresh();
    }

    /** Brings Undo, Redo and the edits up to date with the selected tab: call it when another tab is selected. */
    public void refresh() {
        EditorModel editor = editor();
        CommandStack stack = stack();
        undo.setText(stack.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redo.setText(stack.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        undo.setDisable(locked || !stack.canUndo());
        redo.setDisable(locked || !stack.canRedo());
        history.show(stack, locked);
        delete.setDisable(locked || editor.selection().isEmpty());
        cut.setDisable(locked);
        duplicate.setDisable(locked || editor.selection().layers().isEmpty());
        arrange.setDisable(locked);
        arrangeDown.setDisable(locked);
        arrangeRows.setDisable(locked);
        paste.setDisable(locked);
    }

    private void listRecent() {
        recent.getItems().clear();
        for (Path path : files.recentFiles()) {
            boolean there = Files.exists(path);
            Label name = new Label(path.getFileName().toString());
            Tooltip.install(name, new Tooltip(there ? path.toString() : "Moved or deleted: " + path));
            if (!there) {
                // Greyed, not disabled: a disabled item would show no tooltip saying why.
                name.setOpacity(MISSING_OPACITY);
            }
            CustomMenuItem item = new CustomMenuItem(name);
            item.setOnAction(run(() -> files.openRecent(path)));
            recent.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear List");
        clear.setOnAction(run(() -> {
            files.clearRecent();
            listRecent();
        }));
        clear.setDisable(recent.getItems().isEmpty());
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
        }
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private EditorModel editor() {
        return current.get().editor();
    }

    private DoubleProperty zoom() {
        return current.get().canvas().zoomProperty();
    }

    private CommandStack stack() {
        return editor().session().stack();
    }

    private static MenuItem item(String text, String shortcut) {
        MenuItem item = new MenuItem(text);
        // Layer names such as dense_2 appear in Undo's text; an underscore is not a mnemonic here.
        item.setMnemonicParsing(false);
        item.setAccelerator(KeyCombination.keyCombination(shortcut.replace("Ctrl", "Shortcut")));
        return item;
    }

    // Cut, Copy, Paste and Select All stay enabled, since they also serve a focused text field.
    private EventHandler<ActionEvent> textOr(Consumer<TextInputControl> onText, Runnable onCanvas) {
        return e -> {
            if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl field) {
                onText.accept(field);
            } else {
                onCanvas.run();
            }
        };
    }

    private static EventHandler<ActionEvent> run(Runnable action) {
        return e -> action.run();
    }
}
