package org.neurocanvas.ui.export;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.export.TrainingHistory;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.TrainingEvent;
import org.neurocanvas.train.TrainingListener;

/**
 * The last run's network, kept for File > Export Model: the project as it was when training
 * started (the canvas may change afterwards), its compiled program and scaling, and the epochs
 * the run reported.
 */
public final class TrainedModel implements TrainingListener {

    private final String projectJson;
    private final Project project;
    private final Compiler.Compiled compiled;
    private final List<TrainingHistory.Epoch> epochs = new CopyOnWriteArrayList<>();

    /** Takes a copy of the project as it trains now. */
    public TrainedModel(Project project, Compiler.Compiled compiled) {
        this.projectJson = ProjectIO.toJson(project);
        this.project = project;
        this.compiled = compiled;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.EpochEnd e) {
            epochs.add(new TrainingHistory.Epoch(e.epoch(), e.loss(), e.accuracy(), e.valLoss(), e.valAccuracy()));
        }
    }

    /** Whether at least one epoch ended, so there are trained weights worth exporting. */
    public boolean hasTrained() {
        return !epochs.isEmpty();
    }

    /** The model as a bundle, ready for any export format. */
    public ModelBundle bundle() throws ModelFileException {
        try {
            Project asTrained = ProjectIO.fromJson(projectJson, project.name(), project.folder());
            return ModelBundle.of(asTrained, compiled.program(), compiled.scaler(), compiled.data().train().classNames(),
                    new TrainingHistory(epochs));
        } catch (ProjectFileException e) {
            throw new ModelFileException(e.getMessage());
        }
    }
}
