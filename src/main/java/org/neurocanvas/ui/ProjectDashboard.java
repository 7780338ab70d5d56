package org.neurocanvas.ui;

import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
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
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.export.ExportModelDialog;
import org.neurocanvas.ui.export.TrainedModel;
import org.neurocanvas.ui.training.RunSettings;
import org.neurocanvas.ui.training.TrainingPanel;
import org.neurocanvas.ui.training.TrainingRun;

/**
 * One project tab's training dashboard: its own {@link TrainingPanel} (progress, curves, evaluation,
 * predictions or decision boundary, the Runs tab), its Data tab, and the model its last run trained,
 * which File > Export Model saves. The window shows the selected tab's dashboard; a hidden one keeps
 * following its run, so the points drawn meanwhile are there when its tab is selected again. Its
 * sentences go to the window's status bar, after the project's name while another tab is selected.
 */
public final class ProjectDashboard {

    private final DocumentSession session;
    private final EditorModel editor;
    /** The project's tab in the window, selected or not. */
    private final Tab tab;
    private final StatusBar status;
    private final TrainingPanel panel;
    private final DataView data;
    private final Tab dataTab = new Tab("Data");
    /** This tab's last run's model, for File > Export Model; set on the training thread. */
    private volatile TrainedModel trained;
    private boolean shown;

    /**
     * @param tab    the project's tab in the window, whose selection says whether this dashboard is on screen
     * @param status the window's status bar, which all tabs share
     */
    ProjectDashboard(Stage stage, DocumentSession session, EditorModel editor, Tab tab, StatusBar status) {
        this.session = session;
        this.editor = editor;
        this.tab = tab;
        this.status = status;
        panel = new TrainingPanel(this::prepareTraining, this::say);
        panel.setOnRunRecorded(run -> {
            // Keeping the run changes the project but not its network: the run's ending stays in the status bar.
            String ending = status.text();
            session.addRun(run);
            status.show(ending, false);
        });
        panel.setOnRestore(this::restoreSettings);
        panel.setOnDeleteRun(session::removeRun);
        data = new DataView(session::project);
        data.setOnImport(() -> ImportDataDialog.ask(stage, editor));
        dataTab.setContent(data);
        dataTab.setId("data-tab");
        dataTab.selectedProperty().addListener((o, was, selected) -> activateData());
        panel.addTab(dataTab);
        session.addReplaceListener(data::forget);
        session.addChangeListener(this::projectChanged);
        projectChanged();
    }

    /** The training panel of this tab's runs. */
    public TrainingPanel panel() {
        return panel;
    }

    /** The Data tab's view of this tab's project. */
    public DataView data() {
        return data;
    }

    /** Whether a run of this tab's project is being prepared or trained. */
    public boolean isRunning() {
        return panel.runningProperty().get();
    }

    /** Tells the dashboard whether it is on screen: its Data tab reads files only then. */
    void setShown(boolean shown) {
        this.shown = shown;
        activateData();
    }

    private void activateData() {
        data.setActive(shown && dataTab.isSelected());
    }

    /** A sentence of the panel's: after the project's name when another tab is selected, or it reads as that tab's. */
    private void say(String sentence) {
        status.accept(tab.isSelected() ? sentence : session.displayName() + ": " + sentence);
    }

    private void projectChanged() {
        panel.runs().show(session.project().history());
        panel.setProjectFile(session.file().orElse(null));
        panel.setProblems(editor.analysis().problems().size());
        panel.setPlannedEpochs(session.project().training().epochs());
        data.projectChanged();
        // While a run goes on, the boundary belongs to it; else it shows what the project's data will look like.
        if (!isRunning()) {
            // A table's width is known once a run has read it: the boundary then says why it cannot show, not "press Train".
            panel.setSample(session.project().sampleShape().map(Shape::dims).orElse(null), session.project().data().isClassification());
        }
    }

    // Called on a background thread by the training panel; editing is locked meanwhile.
    private TrainingRun prepareTraining() throws CompileException {
        Project project = session.project();
        Compiler.Compiled compiled = Compiler.compile(project);
        // Reading the data told its shape: a canvas with an auto Input over a table shows it from now on.
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

    /** File > Export Model: the model of this tab's last run, as the network was when it trained. */
    void exportModel(Stage stage) {
        TrainedModel model = trained;
        if (model == null || !model.hasTrained()) {
            status.show("Train " + session.displayName() + " first: File > Export Model exports the weights of this tab's last run.",
                    true);
            return;
        }
        try {
            // The evaluation is of the same run, whose weights these are.
            ExportModelDialog.show(stage, model.bundle(), panel.evaluation().accuracy().orElse(null), session.project().folder(),
                    status);
        } catch (ModelFileException e) {
            status.show(e.getMessage(), true);
        }
    }

    /**
     * The editor's sentence on the network, but not "press Train to teach it" for the network this tab's
     * last run has just taught: a class reads what is true of it.
     */
    String health() {
        TrainedModel model = trained;
        Analysis analysis = editor.analysis();
        if (analysis.isValid() && analysis.hints().isEmpty() && model != null && model.hasTrained()
                && model.trained(session.project())) {
            int n = model.epochs();
            return "The network has trained " + n + (n == 1 ? " epoch" : " epochs")
                    + ": Train starts again from new weights, File > Export Model saves these.";
        }
        return editor.healthSentence();
    }
}
