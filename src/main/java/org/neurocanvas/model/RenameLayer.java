package org.neurocanvas.model;

import java.util.regex.Pattern;

/** Gives a layer a new name; its wires, settings and place on the canvas stay. */
public final class RenameLayer implements Command {

    /** Names that read well in code exported to Python and ONNX: a letter, then letters, digits or underscores. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final String id;
    private final String newId;

    public RenameLayer(String id, String newId) {
        this.id = id;
        this.newId = newId == null ? "" : newId.trim();
    }

    @Override
    public void execute(Project project) {
        Graph graph = project.graph();
        if (!graph.contains(id)) {
            throw new IllegalArgumentException("There is no layer named " + id + " to rename.");
        }
        if (!NAME.matcher(newId).matches()) {
            throw new IllegalArgumentException("A layer name starts with a letter and holds only letters, digits and underscores "
                    + "(at most 64), as Python and ONNX need; found '" + newId + "'.");
        }
        if (!newId.equals(id) && graph.contains(newId)) {
            throw new IllegalArgumentException("A layer named " + newId + " already exists: choose another name for " + id + ".");
        }
        graph.rename(id, newId);
    }

    @Override
    public void undo(Project project) {
        project.graph().rename(newId, id);
    }

    @Override
    public String description() {
        return "Rename " + id + " to " + newId;
    }
}
