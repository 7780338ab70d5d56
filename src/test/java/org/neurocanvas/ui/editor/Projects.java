package org.neurocanvas.ui.editor;

import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.ui.DocumentSession;

/** Small projects for view-model tests, built through commands as the editor would. */
final class Projects {

    private Projects() {
    }

    /**
     * Input(2) → Dense(64) → Dense(64) → Dense(3, linear) → Output, laid out like
     * samples/spiral-mlp.json (x = 60, 260, 460, 660, 860; y = 180), as a document with no unsaved changes.
     */
    static DocumentSession spiralMlp() {
        Project project = new Project("spiral-mlp", DataSpec.spiral(), TrainingSpec.defaults());
        CommandStack stack = new CommandStack(project);
        Graph g = project.graph();
        stack.execute(new AddLayer(g, Catalog.INPUT, 60, 180, null));
        String previous = "input_1";
        double x = 260;
        for (int units : new int[] {64, 64, 3}) {
            AddLayer add = new AddLayer(g, Catalog.DENSE, x, 180, previous);
            stack.execute(add);
            stack.execute(new ChangeSetting(add.layerId(), "units", units));
            previous = add.layerId();
            x += 200;
        }
        stack.execute(new ChangeSetting(previous, "activation", "linear"));
        stack.execute(new AddLayer(g, Catalog.OUTPUT, 860, 180, previous));
        return new DocumentSession(project, null);
    }

    /** Adds an unwired Dense layer at a place and returns its name. */
    static String looseDense(DocumentSession session, double x, double y) {
        AddLayer add = new AddLayer(session.project().graph(), Catalog.DENSE, x, y, null);
        session.stack().execute(add);
        return add.layerId();
    }

    /** Input(2) → {@code dense} Dense layers → Output in one row, a step apart: a network far wider than a window. */
    static DocumentSession chain(int dense) {
        Project project = new Project("chain", DataSpec.spiral(), TrainingSpec.defaults());
        CommandStack stack = new CommandStack(project);
        Graph g = project.graph();
        stack.execute(new AddLayer(g, Catalog.INPUT, 60, 180, null));
        String previous = "input_1";
        for (int i = 1; i <= dense; i++) {
            AddLayer add = new AddLayer(g, Catalog.DENSE, 60 + i * CanvasGeometry.STEP_X, 180, previous);
            stack.execute(add);
            previous = add.layerId();
        }
        stack.execute(new ChangeSetting(previous, "units", 3));
        stack.execute(new AddLayer(g, Catalog.OUTPUT, 60 + (dense + 1) * CanvasGeometry.STEP_X, 180, previous));
        return new DocumentSession(project, null);
    }
}
