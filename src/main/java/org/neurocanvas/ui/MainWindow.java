package org.neurocanvas.ui;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
import org.neurocanvas.ui.data.DataView;
import org.neurocanvas.ui.data.ImportDataDialog;
import org.neurocanvas.ui.editor.CardText;
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.editor.ProblemList;
import org.neurocanvas.ui.training.TrainingPanel;

/**
 * The main window: menu bar on top, one tab per open project (each with its palette on the left,
 * canvas in the centre and inspector on the right; see {@link ProjectTab}), the selected tab's
 * training dashboard and the status bar at the bottom; the dashboard's top edge can be dragged, to
 * give the curves or the network more room. Its accessors ({@link #editor()}, {@link #training()}...)
 * speak of the selected tab.
 *
 * <p>Each tab has its own dashboard ({@link ProjectDashboard}): its last run's curves, metrics,
 * evaluation and trained model, or an empty one ready to train. One run at a time: a run keeps the
 * project it started on, and that project's tab stays locked until the run ends; meanwhile every other
 * tab's Train waits, under a sentence that names the running project.
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
    private final FileDialogs dialogs;
    private final MainMenu menu;
    /** Holds the selected tab's dashboard under the tabs. */
    private final BorderPane dashboard = new BorderPane();
    private final ContextMenu problemMenu = new ContextMenu();
    /** The tab whose run is under way; null while none is. */
    private ProjectTab runTab;

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
        this(stage, session, prompt, recent, FileDialogs.system());
    }

    /**
     * Builds the window on {@code stage}, with {@code session} in its first tab, and sets its scene;
     * the caller sizes and shows it.
     *
     * @param prompt asks before unsaved changes are lost; null for the real dialog
     * @param recent the list File > Open Recent shows and adds to
     * @param dialogs ask which file to open, save as or export to
     */
    public MainWindow(Stage stage, DocumentSession session, UnsavedChangesPrompt prompt, RecentFiles recent, FileDialogs dialogs) {
        this.stage = stage;
        tabs = new ProjectTabs(session);
        files = new FileActions(stage, tabs, prompt != null ? prompt : Dialogs.unsavedChangesPrompt(stage), status, recent, dialogs);
        this.dialogs = dialogs;
        menu = new MainMenu(files, this::selectedTab, () -> Dialogs.showSummary(stage, tabs.selected().project()),
                () -> Dialogs.showAbout(stage), () -> selectedTab().dashboard().exportModel(stage));
        menu.addImportData(this::importData);

        tabPane.setId("project-tabs");
        tabPane.setAccessibleText("Open projects");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        // The first tab settles with the window (fitNetwork); a tab opened later fits its network at once.
        tabs.addOpenListener(s -> addTab(s).canvas().fitUntilZoomed());
        tabs.addSelectListener(s -> tabPane.getSelectionModel().select(views.get(s).tab()));
        tabs.addCloseListener(s -> tabPane.getTabs().remove(views.remove(s).tab()));
        addTab(session);
        showDashboard();
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                tabs.select(sessionOf(now));
                selectionChanged();
            }
        });

        SplitPane split = new SplitPane(tabPane, dashboard);
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
            } else if (runTab != null) {
                runTab.dashboard().panel().stop();
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
        startAutosave(folder, prompt, Autosave.PERIOD);
    }

    /** As {@link #startAutosave(Path, Autosave.Prompt)}, copying every {@code period}: a test cannot wait a minute. */
    public void startAutosave(Path folder, Autosave.Prompt prompt, Duration period) {
        // Offered first, so that no copy on disk is overwritten before the person chose.
        Autosave.offer(folder, tabs, prompt).ifPresent(sentence -> status.show(sentence, false));
        tabs.startAutosave(folder, status);
        // A clock of its own, not a Timeline: a running animation keeps the window pulsing sixty times
        // a second, even a minute before its next tick.
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave clock");
            t.setDaemon(true);
            return t;
        });
        long every = period.toMillis();
        clock.scheduleAtFixedRate(() -> Platform.runLater(tabs::tickAutosave), every, every, TimeUnit.MILLISECONDS);
        // Closed normally, after the questions about unsaved changes: nothing is left to recover.
        stage.setOnHidden(e -> {
            clock.shutdownNow();
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
        return selectedTab().dashboard().data();
    }

    /** The selected tab's training dashboard, the one on screen. */
    public TrainingPanel training() {
        return selectedTab().dashboard().panel();
    }

    private ProjectTab addTab(DocumentSession session) {
        ProjectTab view = new ProjectTab(stage, session, status, dialogs);
        views.put(session, view);
        view.tab().setOnCloseRequest(e -> {
            // The tabs close it, once the person answered for its changes.
            e.consume();
            files.close(session);
        });
        TrainingPanel panel = view.dashboard().panel();
        panel.runningProperty().addListener((o, was, running) -> runningChanged(view, running));
        // The pace takes the figures' place in the status bar while batches end: the dashboard has no line to spare.
        panel.monitor().paceTextProperty().addListener((o, was, pace) -> {
            if (view == selectedTab()) {
                status.setFigures(pace.isEmpty() ? figures() : pace);
            }
        });
        if (runTab != null) {
            panel.setWaiting(waiting(runTab));
        }
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
        showDashboard();
        menu.setLocked(runTab != null && selectedTab() == runTab);
        changed();
        if (selectedTab() == runTab) {
            // Back on the run: its own sentence (training, or paused), not the one said while another tab was selected.
            status.show(runTab.dashboard().panel().monitor().statusProperty().get(), false);
        } else if (runTab != null) {
            status.show(waiting(runTab), false);
        }
    }

    /** Puts the selected tab's dashboard under the tabs; the others keep following their runs off screen. */
    private void showDashboard() {
        ProjectTab selected = selectedTab();
        views.values().forEach(v -> v.dashboard().setShown(v == selected));
        dashboard.setCenter(selected.dashboard().panel());
    }

    /** One run at a time: while a tab's run goes on, that tab is locked and every other tab's Train waits. */
    private void runningChanged(ProjectTab view, boolean running) {
        runTab = running ? view : null;
        tabs.setBusy(running ? view.session() : null);
        view.lock(running);
        String sentence = running ? waiting(view) : null;
        views.values().stream().filter(v -> v != view).forEach(v -> v.dashboard().panel().setWaiting(sentence));
        menu.setLocked(running && selectedTab() == view);
    }

    private static String waiting(ProjectTab running) {
        return "The run of " + running.session().displayName() + " goes on in its tab: Train waits until it ends.";
    }

    /** "5 layers  ·  4,547 params" of the selected project. */
    private String figures() {
        int layers = tabs.selected().project().graph().nodes().size();
        return layers + (layers == 1 ? " layer" : " layers") + "  ·  " + CardText.parameters(editor().analysis().totalParameters());
    }

    // The selected project changed, or another was selected.
    private void changed() {
        ProjectDashboard shown = selectedTab().dashboard();
        stage.setTitle(tabs.selected().title());
        // While its run goes on, the status bar speaks for it (the data's shape noted as it starts is no edit).
        if (!shown.isRunning()) {
            status.show(shown.health(), !editor().analysis().isValid());
        }
        String pace = shown.panel().monitor().paceTextProperty().get();
        status.setFigures(pace.isEmpty() ? figures() : pace);
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
