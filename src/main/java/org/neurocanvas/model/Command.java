package org.neurocanvas.model;

/**
 * One undoable edit of a project. Commands never run other commands; a compound edit (a
 * layer with its wires) is one command.
 */
public interface Command {

    /** Applies the edit; throws IllegalArgumentException with a sentence if it cannot, leaving the project unchanged. */
    void execute(Project project);

    void undo(Project project);

    /** What the edit did, for the Edit menu: "Add dense_2", "Set units of dense_2 to 128". */
    String description();

    /**
     * Folds a following edit into this one (a burst of typing in one field), so that both are
     * undone in one step.
     *
     * @return whether {@code next} was absorbed
     */
    default boolean absorb(Command next) {
        return false;
    }
}
