package org.neurocanvas.model;

/** Replaces the project's training settings, or its data settings, as one undoable step. */
public final class ChangeTraining implements Command {

    private final TrainingSpec training;
    private final DataSpec data;
    private final String what;
    private TrainingSpec oldTraining;
    private DataSpec oldData;

    /**
     * @param what the setting that changed, for the Edit menu
     */
    public ChangeTraining(TrainingSpec training, DataSpec data, String what) {
        this.training = training;
        this.data = data;
        this.what = what;
    }

    @Override
    public void execute(Project project) {
        oldTraining = project.training();
        oldData = project.data();
        project.setTraining(training);
        project.setData(data);
    }

    @Override
    public void undo(Project project) {
        project.setTraining(oldTraining);
        project.setData(oldData);
    }

    @Override
    public String description() {
        return "Change " + what;
    }
}
