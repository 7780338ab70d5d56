package org.neurocanvas.ui;

import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.RunRecord;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.ui.data.DataView;
import org.neurocanvas.ui.data.ImportDataDialog;
import org.neurocanvas.ui.editor.CardText;
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.editor.ProblemList;
import org.neurocanvas.ui.export.ExportModelDialog;
import org.neurocanvas.ui.export.TrainedModel;
import org.neurocanvas.ui.training.RunSettings;
import org.neurocanvas.ui.training.TrainingPanel;
import org.neurocanvas.ui.training.TrainingRun;

/**
 * The main window: menu bar on top, one tab per open project (each with its palette on the left,
 * canvas in the centre and inspector on the right; see {@link ProjectTab}), training dashboard and
 * status bar at the bottom; the dashboard's top edge can be dragged, to give the curves or the
 * network more room. Its accessors ({@link #editor()}, {@link #data()}...) speak of the selected tab.
 *
 * <p>One run at a time: a run keeps the project it started on, and that project's tab stays locked
 * until the run ends, whichever tab is selected meanwhile. The dashboard's live part (progress,
 * curves, boundary, evaluation) belongs to the run and keeps showing it; the Runs and Data tabs
 * follow the selected project. The status bar says so when another tab is selected during a run.
 */
public final class MainWindow {

    /** The share of the height above the dashboard, kept as the window grows: a projector's height feeds both. */
    private static final double DASHBOARD_DIVIDER = 0.55;

    private final Stage stage;
    private final ProjectTabs tabs;
    private final Map<DocumentSession, ProjectTab> views = new LinkedHashMap<>();
    private final TabPane tabPane = new TabPane();
    private final StatusBar status = new StatusBar();
    private final FileActions files;
    private final MainMenu menu;
    private final TrainingPanel training;
    private final DataView data;
    private final ContextMenu problemMenu = new ContextMenu();
    /** The last run's model, for File > Export Model; set on the training thread. */
    private volatile TrainedModel trained;
    /** The tab of the run under way, or of the last run; read by the training thread. */
    private volatile ProjectTab runTab;

    /**
     * Builds the window on {@code stage}, with {@code session} in its first tab, and sets its scene;
     * the caller sizes and shows it. Open Recent keeps the person's own list.
     *
     * @param prompt asks before unsaved changes are lost; null for the real dialog
     */
    public MainWindow(Stage stage, DocumentSession session, UnsavedChangesPrompt prompt) {
        this(stage, session, prompt, new RecentFiles(RecentFiles.node()));
    }

    /**
     * Builds the window on {@code stage}, with {@code session} in its first tab, and sets its scene;
     * the caller sizes and shows it.
     *
     * @param prompt asks before unsaved changes are lost; null for the real dialog
     * @param recent the list File > Open Recent shows and adds to
     */
    public MainWindow(Stage stage, DocumentSession session, UnsavedChangesPrompt prompt, RecentFiles recent) {
        this.stage = stage;
        tabs = new ProjectTabs(session);
        files = new FileActions(stage, tabs, prompt != null ? prompt : Dialogs.unsavedChangesPrompt(stage), status, recent);
        menu = new MainMenu(files, this::selectedTab, () -> Dialogs.showSummary(stage, tabs.selected().project()),
                () -> Dialogs.showAbout(stage), this::exportModel);
        training = new TrainingPanel(this::prepareTraining, status);
        training.runningProperty().addListener((o, was, running) -> runningChanged(running));
        training.setOnRunRecorded(run -> {
            // Keeping the run changes the project but not its network: the run's ending stays in the status bar.
            String ending = status.text();
            runTab.session().addRun(run);
            status.show(ending, false);
        });
        training.setOnRestore(this::restoreSettings);
        training.setOnDeleteRun(run -> tabs.selected().removeRun(run));
        // The pace takes the figures' place in the status bar while batches end: the dashboard has no line to spare.
        training.monitor().paceTextProperty().addListener((o, was, pace) -> {
            status.setFigures(pace.isEmpty() ? figures() : pace);
        });
        data = new DataView(() -> tabs.selected().project());
        Tab dataTab = new Tab("Data", data);
        dataTab.setId("data-tab");
        dataTab.selectedProperty().addListener((o, was, shown) -> data.setActive(shown));
        training.addTab(dataTab);
        menu.addImportData(this::importData);
        data.setOnImport(this::importData);

        tabPane.setId("project-tabs");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        // The first tab settles with the window (fitNetwork); a tab opened later fits its network at once.
        tabs.addOpenListener(s -> addTab(s).canvas().fitUntilZoomed());
        tabs.addSelectListener(s -> tabPane.getSelectionModel().select(views.get(s).tab()));
        tabs.addCloseListener(s -> tabPane.getTabs().remove(views.remove(s).tab()));
        addTab(session);
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                tabs.select(sessionOf(now));
                selectionChanged();
            }
        });

        SplitPane split = new SplitPane(tabPane, training);
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
            if (!files.mayDiscardAll()) {
                e.consume();
            } else if (training.runningProperty().get()) {
                training.stop();
            }
        });

        status.setOnSentenceClicked(this::showProblems);
        menu.refresh();
        changed();
    }

    /**
     * At start: offers back, each in a tab, the unsaved changes a crash left in {@code folder}, then
     * keeps a recovery copy of every tab's new changes each minute; a normal close deletes them.
     */
    public void startAutosave(Path folder, Autosave.Prompt prompt) {
        // Offered first, so that no copy on disk is overwritten before the person chose.
        Autosave.offer(folder, tabs, prompt).ifPresent(sentence -> status.show(sentence, false));
        tabs.startAutosave(folder, status);
        Timeline ticks = new Timeline(new KeyFrame(Duration.millis(Autosave.PERIOD.toMillis()), e -> tabs.tickAutosave()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
        // Closed normally, after the questions about unsaved changes: nothing is left to recover.
        stage.setOnHidden(e -> {
            ticks.stop();
            tabs.discardRecoveries();
        });
    }

    /** Shrinks the selected canvas, never beyond actual size, until the whole network shows, as the window settles. */
    public void fitNetwork() {
        selectedTab().canvas().fitUntilZoomed();
    }

    /** The window's stage. */
    public Stage stage() {
        return stage;
    }

    /** The status bar, where every sentence for the person ends up. */
    public StatusBar status() {
        return status;
    }

    /** The open projects and which is selected. */
    public ProjectTabs tabs() {
        return tabs;
    }

    /** The selected project's tab. */
    public ProjectTab selectedTab() {
        return views.get(tabs.selected());
    }

    /** The tab of an open project. */
    public ProjectTab tabOf(DocumentSession session) {
        return views.get(session);
    }

    /** The File menu's jobs. */
    public FileActions files() {
        return files;
    }

    /** The selected tab's editor view model. */
    public EditorModel editor() {
        return selectedTab().editor();
    }

    /** File > Export Canvas as PNG and SVG, for the selected tab. */
    public CanvasExport export() {
        return selectedTab().export();
    }

    /** The menu bar. */
    public MainMenu menu() {
        return menu;
    }

    /** The Data tab's view of the selected project's data. */
    public DataView data() {
        return data;
    }

    /** The training dashboard. */
    public TrainingPanel training() {
        return training;
    }

    private ProjectTab addTab(DocumentSession session) {
        ProjectTab view = new ProjectTab(stage, session, status);
        views.put(session, view);
        view.tab().setOnCloseRequest(e -> {
            // The tabs close it, once the person answered for its changes.
            e.consume();
            files.close(session);
        });
        session.addReplaceListener(() -> {
            if (tabs.selected() == session) {
                data.forget();
            }
        });
        session.addChangeListener(() -> {
            if (tabs.selected() == session) {
                changed();
            }
        });
        view.inspector().setOnImport(this::importData);
        menu.watch(view);
        tabPane.getTabs().add(view.tab());
        return view;
    }

    /** File > Import Data…, for the selected project. */
    private void importData() {
        ImportDataDialog.ask(stage, editor());
    }

    private DocumentSession sessionOf(Tab tab) {
        return views.values().stream().filter(v -> v.tab() == tab).findFirst().orElseThrow().session();
    }

    private void selectionChanged() {
        data.forget();
        boolean running = training.runningProperty().get();
        menu.setLocked(running && selectedTab() == runTab);
        changed();
        if (running && selectedTab() != runTab) {
            status.show("The run of " + runTab.session().displayName() + " goes on: the dashboard shows it, and its tab "
                    + "stays locked until it ends.", false);
        } else if (runTab != null && selectedTab() != runTab) {
            // One dashboard serves every tab: say whose run it shows, or a class takes it for this project's.
            status.show("The dashboard shows the last run, of " + runTab.session().displayName() + ": Train starts one of "
                    + selectedTab().session().displayName() + ".", false);
        }
    }

    private void runningChanged(boolean running) {
        if (running) {
            runTab = selectedTab();
        }
        tabs.setBusy(running ? runTab.session() : null);
        runTab.lock(running);
        menu.setLocked(running && selectedTab() == runTab);
    }

    // Called on a background thread by the training panel; editing is locked meanwhile.
    private TrainingRun prepareTraining() throws CompileException {
        Project project = runTab.session().project();
        Compiler.Compiled compiled = Compiler.compile(project);
        // Reading the data told its shape: a canvas with an auto Input over a table shows it from now on.
        DocumentSession session = runTab.session();
        DataSpec read = project.data();
        Shape sample = new Shape(compiled.data().train().sampleShape());
        Platform.runLater(() -> session.noteSampleShape(read, sample));
        TrainingSpec t = project.training();
        Trainer trainer = Compiler.trainer(compiled, t);
        TrainedModel model = new TrainedModel(project, compiled);
        trained = model;
        trainer.addListener(model);
        // The snapshot reads the program under training, so "Keep the best model" saves the best epoch's weights.
        return new TrainingRun(trainer, compiled.data(), compiled.optimizer().learningRate(), RunSettings.of(project),
                program -> model.bundle(), compiled.notes());
    }

    /** Puts a run's training settings back as one undoable edit; the data stays as it is. */
    private void restoreSettings(RunRecord run) {
        Project project = tabs.selected().project();
        EditorModel editor = editor();
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
            // The evaluation is of the last run, whose weights these are.
            ExportModelDialog.show(stage, model.bundle(), training.evaluation().accuracy().orElse(null),
                    runTab.session().project().folder(), status);
        } catch (ModelFileException e) {
            status.show(e.getMessage(), true);
        }
    }

    // The selected project changed, or another was selected.
    /** "5 layers  ·  4,547 params" of the selected project. */
    private String figures() {
        int layers = tabs.selected().project().graph().nodes().size();
        return layers + (layers == 1 ? " layer" : " layers") + "  ·  " + CardText.parameters(editor().analysis().totalParameters());
    }

    private void changed() {
        DocumentSession session = tabs.selected();
        EditorModel editor = editor();
        stage.setTitle(session.title());
        Analysis analysis = editor.analysis();
        // While a run goes on, the status bar speaks for it (the data's shape noted as it starts is no edit).
        if (!training.runningProperty().get()) {
            status.show(health(), !analysis.isValid());
        }
        String pace = training.monitor().paceTextProperty().get();
        status.setFigures(pace.isEmpty() ? figures() : pace);
        training.runs().show(session.project().history());
        training.setProjectFile(session.file().orElse(null));
        data.projectChanged();
        // The boundary belongs to the run under way, if any; else it shows what the selected project's data will look like.
        if (!training.runningProperty().get()) {
            // A table's width is known once a run has read it: the boundary then says why it cannot show, not "press Train".
            training.setSampleShape(session.project().sampleShape().map(Shape::dims).orElse(null));
        }
    }

    /**
     * The editor's sentence on the network, but not "press Train to teach it" for the network the last run
     * has just taught: a class reads what is true of it.
     */
    private String health() {
        EditorModel editor = editor();
        TrainedModel model = trained;
        Analysis analysis = editor.analysis();
        if (analysis.isValid() && analysis.hints().isEmpty() && selectedTab() == runTab && model != null
                && model.trained(runTab.session().project())) {
            int n = model.epochs();
            return "The network has trained " + n + (n == 1 ? " epoch" : " epochs")
                    + ": Train starts again from new weights, File > Export Model saves these.";
        }
        return editor.healthSentence();
    }

    /** Lists the network's problems above the status bar; picking one selects its layer and scrolls to it. */
    public void showProblems() {
        EditorModel editor = editor();
        List<ProblemList.Problem> problems = editor.problems();
        if (problems.isEmpty()) {
            return;
        }
        problemMenu.getItems().clear();
        for (ProblemList.Problem p : problems) {
            // A hint does not keep the network from training: it reads as advice, not as a fault.
            MenuItem item = new MenuItem(p.hint() ? "Hint: " + p.sentence() : p.sentence());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                editor.select(p);
                p.layer().ifPresent(selectedTab().canvas()::reveal);
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
