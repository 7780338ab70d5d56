package org.neurocanvas.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.neurocanvas.model.RunRecord;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;
import org.neurocanvas.ui.boundary.BoundaryData;
import org.neurocanvas.ui.boundary.BoundaryFrame;
import org.neurocanvas.ui.boundary.BoundaryProbe;
import org.neurocanvas.ui.boundary.BoundaryView;
import org.neurocanvas.ui.evaluation.Thumbnails;
import org.neurocanvas.ui.fit.FitProbe;
import org.neurocanvas.ui.fit.FitView;
import org.neurocanvas.ui.gallery.GalleryFrame;
import org.neurocanvas.ui.gallery.GalleryProbe;
import org.neurocanvas.ui.gallery.GalleryView;
import org.neurocanvas.ui.evaluation.EvaluationView;

/**
 * The training dashboard at the bottom of the main window: Train and Stop, Pause / Resume, Step
 * batch and Step epoch and the live learning rate, progress, the current epoch and metrics beside
 * the tabs. "Training" holds the live loss chart (linear or logarithmic, with the learning rate
 * under it once it varies), the accuracy chart and the decision boundary; "Evaluation" shows, once
 * a run ends, how the network does on the validation samples; "Runs" lists the project's history.
 * The window may add tabs of its own ({@link #addTab}), and keep Train waiting while another of its
 * dashboards runs ({@link #setWaiting}).
 *
 * <p>Training runs on a worker thread (see {@link TrainingRunner}); its events reach the
 * {@link TrainingMonitor} and a {@link RunRecorder}, and a {@link BoundaryProbe} hands over its
 * latest picture; a timer shows both 20 times a second while a run is under way. Its styles are in
 * {@value #STYLESHEET}, which the window adds to its scene. Use it on the FX thread.
 */
public class TrainingPanel extends BorderPane {

    /** Classpath location of the panel's stylesheet. */
    public static final String STYLESHEET = "/assets/css/training.css";
    /** Style class of the panel; it also carries the panel's derived colours. */
    public static final String PANEL = "training-panel";
    /** Style class of the left column of buttons and texts. */
    public static final String CONTROLS = "training-controls";
    /** Style class of the row of Train and Stop. */
    public static final String BUTTONS = "training-buttons";
    /** Style class of the Train button, the panel's main action. */
    public static final String TRAIN_BUTTON = "training-train-button";
    /** Style class of the epoch text. */
    public static final String EPOCH = "training-epoch";
    /** Style class of the metrics text. */
    public static final String METRICS = "training-metrics";
    /** Style class of the sentence that says why Train waits: another tab's run goes on. */
    public static final String WAITING = "training-waiting";
    /** Style class of the loss chart's legend under the learning-rate strip, where the chart has no room for its own. */
    public static final String LEGEND = "training-legend";
    /** Style class of the legend's colour swatch of the train curve. */
    public static final String LEGEND_TRAIN = "training-legend-train";
    /** Style class of the legend's colour swatch of the validation curve. */
    public static final String LEGEND_VALIDATION = "training-legend-validation";
    /** Style class of the legend's colour swatch of the single batches' faint curve. */
    public static final String LEGEND_BATCHES = "training-legend-batches";
    /** Style class of the "Keep the best model" check box. */
    public static final String KEEP_BEST = "training-keep-best";
    /** Style class of the row holding both charts and the decision boundary. */
    public static final String CHARTS = "training-charts";
    /** Style class of the tabs beside the controls. */
    public static final String TABS = "training-tabs";
    /** Style class of the Evaluation tab while it holds a result not yet looked at. */
    public static final String FRESH_TAB = "training-tab-fresh";

    /** Style class of an earlier run's validation loss drawn on the loss chart. */
    public static final String COMPARED_RUN = "training-compared-run";
    /** Style class of the switch between a linear and a logarithmic loss axis. */
    public static final String LOG_SWITCH = "training-log-switch";
    /** Style class of the sentence that stands in for the accuracy chart of a run without classes. */
    public static final String NO_ACCURACY_STYLE = "training-no-accuracy";

    static final String NO_ACCURACY = "No accuracy here: this network predicts numbers, not classes, so there are no "
            + "right or wrong answers to count. The loss says how far its numbers are from the targets; when the run "
            + "ends, the Evaluation tab gives MSE, MAE and R².";

    /**
     * Fast enough for a curve that grows smoothly, slow enough to cost training little: each flush
     * lays out and redraws the charts. Going from 20 to 10 a second took the FX thread's CPU time
     * during a reference-MLP run from 2.7-4.2 s to 1.3-1.5 s (TrainingWindowBench).
     */
    static final int FLUSHES_PER_SECOND = 10;

    private final TrainingRunner runner;
    private final TrainingMonitor monitor = new TrainingMonitor();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(1000.0 / FLUSHES_PER_SECOND), e -> tick()));
    private final BooleanProperty stopping = new SimpleBooleanProperty(this, "stopping", false);
    /** Why no run may start here, e.g. another tab's run goes on; empty when Train is free. */
    private final StringProperty waiting = new SimpleStringProperty(this, "waiting", "");
    /** How many problems keep the network from training; the status bar and the canvas say which. */
    private final IntegerProperty problems = new SimpleIntegerProperty(this, "problems", 0);
    private final LineChart<Number, Number> lossChart = TrainingCharts.loss(monitor);
    private final LineChart<Number, Number> accuracyChart = TrainingCharts.accuracy(monitor);
    private final LineChart<Number, Number> rateChart = TrainingCharts.learningRate(monitor);
    private final CheckBox logScale = new CheckBox("log scale");
    private final CheckBox keepBest = new CheckBox();
    private final Consumer<String> status;
    /** Where "Keep the best model" writes; null until the project has a file. */
    private Path bestModelFile;
    private final BooleanProperty noProjectFile = new SimpleBooleanProperty(this, "noProjectFile", true);
    /** Where the current run keeps its best model, read when Train is pressed; null for none. */
    private volatile Path keepIn;
    /** The current run's checkpoint, set on the worker thread; null when the run keeps none. */
    private volatile BestModelKeeper keeper;
    /** The sentence last said in the status bar about the checkpoint. */
    private String announced;
    private final ChartExport export;
    private final BoundaryView boundary = new BoundaryView();
    /** Takes the boundary's place for data with classes that is not a point in the plane: the network's guesses on a few samples. */
    private final GalleryView gallery = new GalleryView();
    /** Takes the boundary's place for a regression: each sample's prediction against its true value. */
    private final FitView fit = new FitView();
    private HBox charts;
    private final EvaluationView evaluation = new EvaluationView();
    private final Tab evaluationTab = new Tab("Evaluation", evaluation);
    private final LiveControls live;
    private final RunsView runs;
    private TabPane tabs;
    private Consumer<RunRecord> onRunRecorded = run -> { };
    private Consumer<RunRecord> onRestore = run -> { };
    private Consumer<RunRecord> onDeleteRun = run -> { };
    private TrainingJob job;
    /** Records the current run for the history; set on the worker thread before the first batch. */
    private volatile RunRecorder recorder;
    /** The current run's probe, set on the worker thread; null when its data is not a point in the plane. */
    private volatile BoundaryProbe probe;
    /** The current run's gallery probe, set on the worker thread; null unless the gallery suits its data. */
    private volatile GalleryProbe galleryProbe;
    /** The current run's fit probe, set on the worker thread; null unless its data is a regression's. */
    private volatile FitProbe fitProbe;

    /**
     * @param runner makes the trainer for each run; called on a worker thread
     * @param status receives, on the FX thread, the sentence that ends each run (the compile
     *               error, the final accuracy, or why training failed), that it paused, and why a
     *               typed learning rate was refused
     */
    public TrainingPanel(TrainingRunner runner, Consumer<String> status) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.status = Objects.requireNonNull(status, "status");
        getStyleClass().add(PANEL);
        live = new LiveControls(monitor, stopping, waiting.isNotEmpty(), () -> job, status, this::step);
        export = new ChartExport(status);
        runs = new RunsView(entry -> onRestore.accept(entry.record()), entry -> onDeleteRun.accept(entry.record()),
                history -> export.askText(this, "runs.csv", RunHistoryCsv.of(history), "the runs"), monitor.runningProperty());
        runs.compared().addListener((ListChangeListener<RunsView.Entry>) c -> showCompared());
        ticker.setCycleCount(Animation.INDEFINITE);
        monitor.statusProperty().addListener((obs, old, sentence) -> {
            if (!sentence.isEmpty()) {
                status.accept(sentence);
            }
        });
        monitor.endProperty().addListener((obs, old, end) -> {
            if (end != null) {
                ended(end);
            }
        });
        setLeft(controls());
        setCenter(tabs());
    }

    private TabPane tabs() {
        charts = new HBox(lossColumn(), accuracyPane(), boundary);
        charts.getStyleClass().add(CHARTS);
        charts.getChildren().forEach(chart -> HBox.setHgrow(chart, Priority.ALWAYS));
        HBox.setHgrow(boundary, Priority.NEVER);
        HBox.setHgrow(gallery, Priority.NEVER);
        HBox.setHgrow(fit, Priority.NEVER);
        export.install(fit, "predicted against true", null);
        export.install(gallery, "predictions", null);
        export.install(lossChart, "loss chart", () -> CurvesCsv.of(monitor));
        export.install(accuracyChart, "accuracy chart", () -> CurvesCsv.of(monitor));
        export.install(rateChart, "learning rate chart", () -> CurvesCsv.of(monitor));
        export.install(boundary, "decision boundary", null);
        Tab trainingTab = new Tab("Training", charts);
        trainingTab.setId("training-tab");
        evaluationTab.setId("evaluation-tab");
        // A result that arrives while the curves are shown marks its tab until the tab is opened.
        for (var result : List.of(evaluation.reportProperty(), evaluation.regressionReportProperty())) {
            result.addListener((obs, old, report) -> {
                evaluationTab.getStyleClass().remove(FRESH_TAB);
                if (report != null && !evaluationTab.isSelected()) {
                    evaluationTab.getStyleClass().add(FRESH_TAB);
                }
            });
        }
        evaluationTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                evaluationTab.getStyleClass().remove(FRESH_TAB);
            }
        });
        // Beside what the history keeps of each run: the column of controls has no room left.
        runs.addAction(keepBest);
        Tab runsTab = new Tab("Runs", runs);
        runsTab.setId("runs-tab");
        tabs = new TabPane(trainingTab, evaluationTab, runsTab);
        tabs.getStyleClass().add(TABS);
        tabs.setAccessibleText("Dashboard");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /**
     * The loss, with its scale switch in the corner, over the learning rate that drove it; the
     * rate's strip shows once the rate varies, as a constant one is in the field on the left.
     */
    private VBox lossColumn() {
        logScale.setId("log-scale");
        logScale.getStyleClass().add(LOG_SWITCH);
        logScale.setTooltip(new Tooltip("A logarithmic loss axis: a loss falling from 1 to 0.001 shows as a steady slope."));
        TrainingCharts.logarithmicProperty(lossChart).bind(logScale.selectedProperty());
        StackPane loss = new StackPane(lossChart, logScale);
        StackPane.setAlignment(logScale, Pos.TOP_RIGHT);
        rateChart.visibleProperty().bind(monitor.rateVariesProperty());
        rateChart.managedProperty().bind(rateChart.visibleProperty());
        // Squeezed over the strip, the chart drops its own legend: one under the strip names the curves instead.
        HBox legend = new HBox(swatch(TrainingCharts.TRAIN, LEGEND_TRAIN), swatch(TrainingCharts.BATCHES, LEGEND_BATCHES),
                swatch(TrainingCharts.VALIDATION, LEGEND_VALIDATION));
        legend.setId("loss-legend");
        legend.getStyleClass().add(LEGEND);
        legend.visibleProperty().bind(rateChart.visibleProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        lossChart.legendVisibleProperty().bind(rateChart.visibleProperty().not());
        // The column must fit the dashboard's height with the strip and the legend: the chart gives way first.
        lossChart.setMinHeight(110);
        rateChart.setMinHeight(56);
        VBox column = new VBox(loss, rateChart, legend);
        VBox.setVgrow(loss, Priority.ALWAYS);
        return column;
    }

    private static Label swatch(String name, String styleClass) {
        Region colour = new Region();
        colour.getStyleClass().add(styleClass);
        return new Label(name, colour);
    }

    /** The accuracy chart, or for a run without classes a sentence in its place. */
    private StackPane accuracyPane() {
        Label none = new Label(NO_ACCURACY);
        none.setId("no-accuracy");
        none.getStyleClass().add(NO_ACCURACY_STYLE);
        none.setWrapText(true);
        // Unmanaged while hidden, and narrow when shown, so that its long line never widens the chart's column.
        none.setPrefWidth(320);
        none.visibleProperty().bind(monitor.accuracyKnownProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        accuracyChart.visibleProperty().bind(monitor.accuracyKnownProperty());
        return new StackPane(accuracyChart, none);
    }

    private VBox controls() {
        Button train = new Button("Train");
        train.setId("train");
        train.getStyleClass().add(TRAIN_BUTTON);
        train.disableProperty().bind(monitor.runningProperty().or(waiting.isNotEmpty()));
        train.setOnAction(e -> train());
        Button stop = new Button("Stop");
        stop.setId("stop");
        stop.disableProperty().bind(monitor.runningProperty().not().or(stopping));
        stop.setOnAction(e -> stop());
        HBox buttons = new HBox(train, stop);
        buttons.getStyleClass().add(BUTTONS);
        HBox.setHgrow(train, Priority.ALWAYS);
        HBox.setHgrow(stop, Priority.ALWAYS);
        train.setMaxWidth(Double.MAX_VALUE);
        stop.setMaxWidth(Double.MAX_VALUE);

        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(monitor.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);

        Label epoch = new Label();
        epoch.setId("epoch");
        epoch.getStyleClass().add(EPOCH);
        epoch.textProperty().bind(Bindings.createStringBinding(this::idleOrEpoch, monitor.epochTextProperty(), waiting, problems));
        Label metrics = new Label();
        metrics.setId("metrics");
        metrics.getStyleClass().add(METRICS);
        metrics.textProperty().bind(monitor.metricsTextProperty());
        // Squeezed, the label would show one line and hide the validation figures.
        metrics.setMinHeight(Region.USE_PREF_SIZE);

        keepBest.setId("keep-best");
        keepBest.getStyleClass().add(KEEP_BEST);
        keepBest.disableProperty().bind(monitor.runningProperty().or(noProjectFile));
        setProjectFile(null);

        // Under the buttons it keeps from working: a disabled button shows no tooltip.
        Label wait = new Label();
        wait.setId("training-waiting");
        wait.getStyleClass().add(WAITING);
        wait.setWrapText(true);
        wait.setMinHeight(Region.USE_PREF_SIZE);
        wait.textProperty().bind(waiting);
        wait.visibleProperty().bind(waiting.isNotEmpty());
        wait.managedProperty().bind(wait.visibleProperty());

        VBox column = new VBox(buttons, wait, live, progress, epoch, metrics);
        column.getStyleClass().add(CONTROLS);
        return column;
    }

    /** Starts a fresh run, clearing the charts; does nothing while a run is under way or Train waits. */
    public void train() {
        if (monitor.isRunning() || !waiting.get().isEmpty()) {
            return;
        }
        monitor.begin();
        stopping.set(false);
        probe = null;
        galleryProbe = null;
        fitProbe = null;
        recorder = null;
        keeper = null;
        announced = null;
        keepIn = keepBest.isSelected() ? bestModelFile : null;
        boundary.clear();
        fit.clear();
        evaluation.clear();
        live.showStartingRate(Double.NaN);
        job = TrainingJob.start(runner, monitor, this::beforeTraining);
        ticker.play();
    }

    /**
     * Trains one batch, or to the end of the epoch, then holds: on a paused run, or on a fresh run
     * that it starts; does nothing while batches run, the run is stopping or Train waits.
     */
    public void step(Trainer.Granularity granularity) {
        if (!monitor.isRunning() && !waiting.get().isEmpty()) {
            return;
        }
        if (!monitor.isRunning()) {
            train();
        } else if (!monitor.pausedProperty().get() || stopping.get()) {
            return;
        }
        live.showHeld();
        job.step(granularity);
    }

    /** Ends the run under way after its current batch; the charts keep what it drew. */
    public void stop() {
        if (job != null && monitor.isRunning() && !stopping.get()) {
            stopping.set(true);
            job.stop();
        }
    }

    /**
     * Keeps Train and the steps from starting a run, saying why under them (e.g. another tab's run goes on);
     * null or empty lets them work again. A run under way is not touched.
     */
    public void setWaiting(String sentence) {
        waiting.set(sentence == null ? "" : sentence);
    }

    /** The project's planned epochs: before the first run, the charts span them, not a default 10. */
    public void setPlannedEpochs(int epochs) {
        monitor.plan(epochs);
    }

    /** Tells the panel how many problems the network has now: while it has any, the panel says it is not ready. */
    public void setProblems(int count) {
        problems.set(count);
    }

    // Under the buttons: the run's epoch, or before a run whether Train can start one.
    private String idleOrEpoch() {
        if (!monitor.epochTextProperty().get().isEmpty()) {
            return monitor.epochTextProperty().get();
        }
        if (!waiting.get().isEmpty()) {
            return "Waiting to train";
        }
        int n = problems.get();
        return n == 0 ? "Ready to train" : "Not ready: " + n + (n == 1 ? " problem" : " problems");
    }

    /**
     * The project's file, or null before its first save: "Keep the best model" then writes
     * {@code <name>-best.ncmodel} beside it, and is unavailable without it.
     */
    public void setProjectFile(Path projectFile) {
        bestModelFile = projectFile == null ? null : BestModelKeeper.besideProject(projectFile);
        if (bestModelFile == null) {
            keepBest.setText("Keep the best model (save the project first)");
            keepBest.setSelected(false);
            keepBest.setTooltip(new Tooltip("The best model is kept beside the project's file, so the project needs one."));
        } else {
            keepBest.setText("Keep the best model in " + bestModelFile.getFileName());
            keepBest.setTooltip(new Tooltip("After each epoch whose validation loss is the lowest yet, the model is written to "
                    + bestModelFile + ", ready for predict and export; a crash or Stop keeps it."));
        }
        noProjectFile.set(bestModelFile == null);
    }

    /** Whether "Keep the best model" is ticked: the next run writes its best epoch beside the project. */
    public BooleanProperty keepBestModelProperty() {
        return keepBest.selectedProperty();
    }

    /** On the worker thread: the run's recorder listens first; the boundary's first picture is the untrained network's. */
    private void beforeTraining(TrainingRun run) {
        RunRecorder fresh = new RunRecorder(run.settings());
        run.trainer().addListener(fresh);
        recorder = fresh;
        keepBestModel(run);
        int samplesPerEpoch = run.data().train().size();
        Platform.runLater(() -> {
            if (!run.notes().isEmpty()) {
                // Such as images that could not be read: said once, beside how to stop the run.
                status.accept(TrainingTexts.TRAINING + " " + String.join(" ", run.notes()));
            }
            monitor.setSamplesPerEpoch(samplesPerEpoch);
            if (monitor.rateChanges().isEmpty()) {
                live.showStartingRate(run.learningRate());
            }
        });
        BoundaryProbe planar = BoundaryProbe.of(run.data().train()).orElse(null);
        if (planar == null) {
            int[] shape = run.data().train().sampleShape();
            boolean classes = run.data().train().isClassification();
            GalleryProbe guesses = GalleryProbe.of(run.data()).orElse(null);
            FitProbe predictions = FitProbe.of(run.data()).orElse(null);
            Platform.runLater(() -> setSample(shape, classes));
            if (guesses != null) {
                // The first labels are the untrained network's guesses: about one in ten right, for ten classes.
                guesses.look(run.trainer().program());
                guesses.installOn(run.trainer());
                galleryProbe = guesses;
            } else if (predictions != null) {
                predictions.look(run.trainer().program());
                predictions.installOn(run.trainer());
                fitProbe = predictions;
            }
            return;
        }
        planar.look(run.trainer().program());
        planar.installOn(run.trainer());
        probe = planar;
    }

    /** On the worker thread: installs the checkpoint when it is ticked and the run's model can be saved. */
    private void keepBestModel(TrainingRun run) {
        Path file = keepIn;
        if (file == null) {
            return;
        }
        if (run.snapshot() == null) {
            Platform.runLater(() -> status.accept("This run's model cannot be kept: there is nothing to save it from."));
            return;
        }
        BestModelKeeper fresh = new BestModelKeeper(run.snapshot(), file);
        run.trainer().addBestModelListener(fresh);
        keeper = fresh;
    }

    /** Says in the status bar when a better model was written, or why it was not. */
    private void announceCheckpoint() {
        BestModelKeeper current = keeper;
        if (current == null) {
            return;
        }
        String news = current.failure().or(() -> current.kept().map(k -> k.sentence(" so far"))).orElse(null);
        if (news != null && !news.equals(announced)) {
            announced = news;
            status.accept(news);
        }
    }

    private void tick() {
        announceCheckpoint();
        // Read before the flush: every batch that ended before the hold is then already queued.
        boolean held = job != null && job.isPaused();
        monitor.flush();
        if (held) {
            monitor.showPaused();
        }
        BoundaryProbe current = probe;
        BoundaryFrame frame = current == null ? null : current.take();
        if (frame != null) {
            boundary.show(frame);
        }
        GalleryProbe shown = galleryProbe;
        GalleryFrame guesses = shown == null ? null : shown.take();
        if (guesses != null) {
            // Set here, on the frame's way in, so the samples and their labels always belong to one run.
            gallery.show(shown.samples(), guesses);
        }
        FitProbe regression = fitProbe;
        float[] predicted = regression == null ? null : regression.take();
        if (predicted != null) {
            fit.show(regression.truth(), predicted);
        }
        if (!monitor.isRunning()) {
            ticker.stop();
        }
    }

    /**
     * A finished or stopped run is evaluated; a run that never started or failed has nothing to show.
     * Its ending sentence says where its best model is, when one was kept.
     */
    private void ended(TrainingEvent end) {
        BestModelKeeper kept = keeper;
        if (kept != null) {
            String ending = TrainingTexts.ending(end);
            status.accept(ending + " " + kept.kept().map(k -> k.sentence(""))
                    .or(kept::failure).orElse("No model was kept: no epoch had a validation loss to compare."));
        }
        RunRecorder ran = recorder;
        if (ran != null) {
            ran.record().ifPresent(onRunRecorded);
        }
        TrainingRun run = job == null ? null : job.preparedRun().orElse(null);
        if (run == null) {
            evaluation.clear();
        } else if (end instanceof TrainingEvent.Failed failed) {
            evaluation.showUnavailable("The run failed, so there is nothing to evaluate. " + failed.sentence());
        } else {
            evaluation.evaluate(run.trainer().program(), run.data(), ((TrainingEvent.Finished) end).stopped());
        }
    }

    /** Draws the validation loss of each ticked run of the history on the loss chart, dashed, beside the current run's. */
    private void showCompared() {
        List<XYChart.Series<Number, Number>> series = lossChart.getData();
        series.subList(3, series.size()).clear();
        int longest = 0;
        for (RunsView.Entry entry : runs.compared()) {
            XYChart.Series<Number, Number> curve = new XYChart.Series<>();
            curve.setName("run " + entry.number());
            for (RunRecord.Epoch e : entry.record().epochs()) {
                if (e.valLoss() != null) {
                    curve.getData().add(new XYChart.Data<>(e.epoch(), e.valLoss()));
                }
                longest = Math.max(longest, e.epoch());
            }
            series.add(curve);
            curve.getNode().getStyleClass().add(COMPARED_RUN);
        }
        monitor.setComparedEpochs(longest);
    }

    /** Called on the FX thread with the record of each run that trained (not one that failed to start). */
    public void setOnRunRecorded(Consumer<RunRecord> listener) {
        onRunRecorded = Objects.requireNonNull(listener, "listener");
    }

    /** Called on the FX thread when the person asks to restore a run's training settings. */
    public void setOnRestore(Consumer<RunRecord> listener) {
        onRestore = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Called on the FX thread with a run the person chose to delete from the history and confirmed;
     * the listener removes it from the project ({@link org.neurocanvas.model.Project#removeRun}) and
     * shows the history again ({@link RunsView#show}).
     */
    public void setOnDeleteRun(Consumer<RunRecord> listener) {
        onDeleteRun = Objects.requireNonNull(listener, "listener");
    }

    /** Adds a tab after the panel's own, for a view of the window's (the Data tab). */
    public void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    /** The Runs tab: the project's history. */
    public RunsView runs() {
        return runs;
    }

    /** True while a run is being prepared or trained. */
    public ReadOnlyBooleanProperty runningProperty() {
        return monitor.runningProperty();
    }

    /** The chart of training and validation loss over epochs. */
    public LineChart<Number, Number> lossChart() {
        return lossChart;
    }

    /** The chart of training and validation accuracy over epochs. */
    public LineChart<Number, Number> accuracyChart() {
        return accuracyChart;
    }

    /** The learning rate of each batch, under the loss chart. */
    public LineChart<Number, Number> rateChart() {
        return rateChart;
    }

    /**
     * Tells the view beside the charts what one sample of the data looks like: points in the plane
     * get the decision boundary; other data with classes, and images, the prediction gallery (an
     * autoencoder's images with its reconstructions); a regression each prediction against its true value;
     * anything else the boundary's sentence on why it cannot show.
     *
     * @param shape one sample's shape; null when not known yet
     * @param classes whether the data's targets are classes
     */
    public void setSample(int[] shape, boolean classes) {
        boundary.setSampleShape(shape);
        boolean guesses = shape != null && !BoundaryData.isPlanar(shape) && (classes || Thumbnails.isImage(shape));
        boolean regression = shape != null && !BoundaryData.isPlanar(shape) && !classes && !Thumbnails.isImage(shape);
        Node beside = guesses ? gallery : regression ? fit : boundary;
        if (guesses) {
            gallery.expect(shape, classes);
        }
        if (charts.getChildren().get(2) != beside) {
            charts.getChildren().set(2, beside);
        }
    }

    /** The prediction gallery, shown beside the charts for data with classes that is not a point in the plane. */
    public GalleryView gallery() {
        return gallery;
    }

    /** The plot of predictions against true values, beside the charts for a regression. */
    public FitView fit() {
        return fit;
    }

    /** The decision boundary beside the charts. */
    public BoundaryView boundary() {
        return boundary;
    }

    /** The evaluation of the last run, in its own tab. */
    public EvaluationView evaluation() {
        return evaluation;
    }

    /** The view model behind the panel, for binding other views to the run. */
    public TrainingMonitor monitor() {
        return monitor;
    }
}
