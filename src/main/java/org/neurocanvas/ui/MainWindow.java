package org.neurocanvas.ui;

import java.net.URL;
import javafx.geometry.Orientation;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.RunRecord;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.ui.data.DataView;
import org.neurocanvas.ui.data.ImportDataDialog;
import org.neurocanvas.ui.editor.CanvasView;
import org.neurocanvas.ui.editor.CardText;
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.editor.LayerClipboard;
import org.neurocanvas.ui.editor.PaletteView;
import org.neurocanvas.ui.editor.ProblemList;
import org.neurocanvas.ui.export.ExportModelDialog;
import org.neurocanvas.ui.export.TrainedModel;
import org.neurocanvas.ui.inspector.InspectorView;
import org.neurocanvas.ui.training.RunSettings;
import org.neurocanvas.ui.training.TrainingPanel;
import org.neurocanvas.ui.training.TrainingRun;

/**
 * The main window: menu bar on top, palette on the left, canvas in the centre, inspector on
 * the right, training dashboard and status bar at the bottom; the dashboard's top edge can be
 * dragged, to give the curves or the network more room. It wires the parts to one
 * {@link DocumentSession} and locks editing while training reads the project.
 */
public final class MainWindow {

    /** The share of the height above the dashboard, kept as the window grows: a projector's height feeds both. */
    private static final double DASHBOARD_DIVIDER = 0.55;

    private final Stage stage;
    private final DocumentSession session;
    private final StatusBar status = new StatusBar();
    private final EditorModel editor;
    private final PaletteView palette;
    private final InspectorView inspector;
    private final MainMenu menu;
    private final TrainingPanel training;
    private final CanvasView canvas;
    private final CanvasExport export;
    private final DataView data;
    private final ContextMenu problemMenu = new ContextMenu();
    /** The last run's model, for File > Export Model; set on the training thread. */
    private volatile TrainedModel trained;

    /**
     * Builds the window on {@code stage} and sets its scene; the caller sizes and shows it.
     *
     * @param prompt asks before unsaved changes are lost; null for the real dialog
     */
    public MainWindow(Stage stage, DocumentSession session, UnsavedChangesPrompt prompt) {
        this.stage = stage;
        this.session = session;
        editor = new EditorModel(session, status, LayerClipboard.application());
        canvas = new CanvasView(editor);
        palette = new PaletteView(editor);
        inspector = new InspectorView(editor, status);
        FileActions files = new FileActions(stage, session, prompt != null ? prompt : Dialogs.unsavedChangesPrompt(stage), status);
        export = new CanvasExport(stage, canvas, editor, status);
        menu = new MainMenu(files, export, editor, canvas, () -> palette.search().requestFocus(), () -> Dialogs.showSummary(stage, session.project()), () -> Dialogs.showAbout(stage), this::exportModel);
        training = new TrainingPanel(this::prepareTraining, status);
        training.runningProperty().addListener((o, was, running) -> lock(running));
        training.setOnRunRecorded(session::addRun);
        training.setOnRestore(this::restoreSettings);
        data = new DataView(session::project);
        Tab dataTab = new Tab("Data", data);
        dataTab.setId("data-tab");
        dataTab.selectedProperty().addListener((o, was, shown) -> data.setActive(shown));
        training.addTab(dataTab);
        session.addReplaceListener(data::forget);
        Runnable importData = () -> ImportDataDialog.ask(stage, editor);
        menu.addImportData(importData);
        data.setOnImport(importData);
        inspector.setOnImport(importData);

        BorderPane workspace = new BorderPane(canvas, null, inspector, null, palette);
        SplitPane split = new SplitPane(workspace, training);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(DASHBOARD_DIVIDER);
        BorderPane root = new BorderPane(split, menu, null, status, null);
        root.getStyleClass().add(Styles.MAIN_WINDOW);
        Scene scene = new Scene(root);
        addStylesheet(scene, Styles.STYLESHEET);
        // The dashboard's own styles come after ours, so that they win where both speak.
        addStylesheet(scene, TrainingPanel.STYLESHEET);
        menu.installExtraShortcuts(scene);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setOnCloseRequest(e -> {
            if (!files.mayDiscard()) {
                e.consume();
            } else if (training.runningProperty().get()) {
                training.stop();
            }
        });

        status.setOnSentenceClicked(this::showProblems);
        session.addChangeListener(this::changed);
        changed();
    }

    /** Shrinks the canvas view, never beyond actual size, until the whole network shows, as the window settles. */
    public void fitNetwork() {
        canvas.fitUntilZoomed();
    }

    /** The window's stage. */
    public Stage stage() {
        return stage;
    }

    /** The status bar, where every sentence for the person ends up. */
    public StatusBar status() {
        return status;
    }

    /** The editor's view model. */
    public EditorModel editor() {
        return editor;
    }

    /** File > Export Canvas as PNG and SVG. */
    public CanvasExport export() {
        return export;
    }

    /** The menu bar. */
    public MainMenu menu() {
        return menu;
    }

    /** The Data tab's view of the project's data. */
    public DataView data() {
        return data;
    }

    /** The training dashboard. */
    public TrainingPanel training() {
        return training;
    }

    // Called on a background thread by the training panel; editing is locked meanwhile.
    private TrainingRun prepareTraining() throws CompileException {
        Project project = session.project();
        Compiler.Compiled compiled = Compiler.compile(project);
        TrainingSpec t = project.training();
        Trainer trainer = Compiler.trainer(compiled, t);
        trained = new TrainedModel(project, compiled);
        trainer.addListener(trained);
        return new TrainingRun(trainer, compiled.data(), compiled.optimizer().learningRate(), RunSettings.of(project));
    }

    /** Puts a run's training settings back as one undoable edit; the data stays as it is. */
    private void restoreSettings(RunRecord run) {
        Project project = session.project();
        int number = project.history().indexOf(run) + 1;
        try {
            TrainingSpec restored = RunSettings.restore(project.training(), run.settings());
            if (restored.equals(project.training())) {
                status.show("The training settings are already those of run " + number + ".", false);
            } else if (editor.execute(new ChangeTraining(restored, project.data(), "training settings of run " + number))) {
                status.show("Restored the training settings of run " + number + ": Undo takes them back.", false);
            }
        } catch (IllegalArgumentException e) {
            status.show("Run " + number + " cannot be restored: " + e.getMessage(), true);
        }
    }

    /** File > Export Model: the model of the last run, as the network was when it trained. */
    private void exportModel() {
        TrainedModel model = trained;
        if (model == null || !model.hasTrained()) {
            status.show("Train the network first: File > Export Model exports the weights of the last run.", true);
            return;
        }
        try {
            ExportModelDialog.show(stage, model.bundle(), session.project().folder(), status);
        } catch (ModelFileException e) {
            status.show(e.getMessage(), true);
        }
    }

    private void lock(boolean running) {
        editor.setLocked(running);
        palette.setDisable(running);
        inspector.setLocked(running);
        menu.setLocked(running);
    }

    private void changed() {
        stage.setTitle(session.title());
        Analysis analysis = editor.analysis();
        status.show(editor.healthSentence(), !analysis.isValid());
        int layers = session.project().graph().nodes().size();
        status.setFigures(layers + (layers == 1 ? " layer" : " layers") + "  ·  " + CardText.parameters(analysis.totalParameters()));
        training.runs().show(session.project().history());
        data.projectChanged();
        training.boundary().setSampleShape(session.project().data().knownSampleShape().map(Shape::dims).orElse(null));
    }

    /** Lists the network's problems above the status bar; picking one selects its layer and scrolls to it. */
    public void showProblems() {
        List<ProblemList.Problem> problems = editor.problems();
        if (problems.isEmpty()) {
            return;
        }
        problemMenu.getItems().clear();
        for (ProblemList.Problem p : problems) {
            MenuItem item = new MenuItem(p.sentence());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                editor.select(p);
                p.layer().ifPresent(canvas::reveal);
            });
            problemMenu.getItems().add(item);
        }
        problemMenu.show(status.sentence(), Side.TOP, 0, 0);
    }

    private static void addStylesheet(Scene scene, String resource) {
        URL url = MainWindow.class.getResource(resource);
        if (url != null) {
            scene.getStylesheets().add(url.toExternalForm());
        }
    }
}
