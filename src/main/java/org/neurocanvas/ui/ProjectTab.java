package org.neurocanvas.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.neurocanvas.ui.editor.CanvasView;
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.editor.LayerClipboard;
import org.neurocanvas.ui.editor.PaletteView;
import org.neurocanvas.ui.inspector.InspectorView;

/**
 * One open project's tab: its document, its editor with its own undo history, the palette, canvas
 * and inspector that work on it, and its training dashboard, which the window shows at the bottom
 * while the tab is selected. The tab's title is the file name with a dot for unsaved
 * changes, its tooltip the file's path. The clipboard is the application's, so layers copied in one
 * tab paste into another.
 */
public final class ProjectTab {

    private final DocumentSession session;
    private final EditorModel editor;
    private final CanvasView canvas;
    private final PaletteView palette;
    private final InspectorView inspector;
    private final CanvasExport export;
    private final Tab tab;
    private final ProjectDashboard dashboard;
    private final Tooltip tooltip = new Tooltip();
    /** Marks the tab whose project trains, so that its run is found from any other tab. */
    private final Label runMark = new Label("▶");

    /**
     * @param status where the editor's sentences go; the window has one status bar for all tabs
     */
    public ProjectTab(Stage stage, DocumentSession session, StatusBar status, FileDialogs dialogs) {
        this.session = session;
        editor = new EditorModel(session, status, LayerClipboard.application());
        canvas = new CanvasView(editor);
        palette = new PaletteView(editor);
        inspector = new InspectorView(editor, status);
        export = new CanvasExport(stage, canvas, editor, status, dialogs);
        tab = new Tab(session.tabTitle(), new BorderPane(canvas, null, inspector, null, palette));
        tab.setTooltip(tooltip);
        dashboard = new ProjectDashboard(stage, session, editor, tab, status);
        runMark.setTooltip(new Tooltip("Training: this tab's dashboard shows the run; Stop ends it."));
        session.addChangeListener(this::retitle);
        retitle();
    }

    /** The tab's document. */
    public DocumentSession session() {
        return session;
    }

    /** The tab's editor, with the document's undo history. */
    public EditorModel editor() {
        return editor;
    }

    /** The tab's canvas. */
    public CanvasView canvas() {
        return canvas;
    }

    /** The tab's palette. */
    public PaletteView palette() {
        return palette;
    }

    /** File > Export Canvas for this tab's network. */
    public CanvasExport export() {
        return export;
    }

    /** The settings of the selected layer, or of the project. */
    public InspectorView inspector() {
        return inspector;
    }

    /** The training dashboard of this tab's runs, and its Data tab. */
    public ProjectDashboard dashboard() {
        return dashboard;
    }

    /** The tab itself, holding the palette, canvas and inspector. */
    public Tab tab() {
        return tab;
    }

    /** Locks or unlocks editing, and marks the tab, while a run reads this tab's project. */
    public void lock(boolean locked) {
        tab.setGraphic(locked ? runMark : null);
        editor.setLocked(locked);
        palette.setDisable(locked);
        inspector.setLocked(locked);
    }

    private void retitle() {
        tab.setText(session.tabTitle());
        tooltip.setText(session.file().map(f -> f.toAbsolutePath().toString())
                .orElse(session.displayName() + ": not saved yet; Save asks where to keep it."));
    }
}
