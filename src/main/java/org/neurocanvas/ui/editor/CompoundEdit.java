package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.neurocanvas.model.Command;
import org.neurocanvas.model.Project;

/**
 * Several model edits that the person sees as one (a paste, a splice), undone and redone
 * together. The parts are made one after another against the live project, each run as soon
 * as it is made, because later parts need what earlier ones did (the names new layers got).
 * The parts are never pushed on the command stack: only this edit is.
 */
public final class CompoundEdit implements Command {

    /** Makes and runs the parts; may throw IllegalArgumentException to refuse the whole edit. */
    @FunctionalInterface
    public interface Steps {
        /**
         * @param run runs one part on the project and records it
         */
        void perform(Project project, Consumer<Command> run);
    }

    private final String description;
    private final Steps steps;
    private final List<Command> done = new ArrayList<>();
    private boolean performed;

    /**
     * @param description what the Edit menu calls the whole edit, e.g. "Paste 3 layers"
     */
    public CompoundEdit(String description, Steps steps) {
        this.description = description;
        this.steps = steps;
    }

    @Override
    public void execute(Project project) {
        if (performed) {
            done.forEach(c -> c.execute(project));
            return;
        }
        try {
            steps.perform(project, c -> {
                c.execute(project);
                done.add(c);
            });
            performed = true;
        } catch (IllegalArgumentException refused) {
            // The contract of a command: refused means the project is as it was.
            undo(project);
            done.clear();
            throw refused;
        }
    }

    @Override
    public void undo(Project project) {
        for (int i = done.size() - 1; i >= 0; i--) {
            done.get(i).undo(project);
        }
    }

    @Override
    public String description() {
        return description;
    }
}
