package org.neurocanvas.model;

/** Draws a wire from one layer's output to another's input, if it makes sense. */
public final class Connect implements Command {

    private final Edge edge;

    public Connect(String from, String to) {
        this.edge = new Edge(from, to);
    }

    @Override
    public void execute(Project project) {
        project.graph().checkConnection(edge.from(), edge.to()).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        project.graph().connect(edge, Integer.MAX_VALUE);
    }

    @Override
    public void undo(Project project) {
        project.graph().disconnect(edge);
    }

    @Override
    public String description() {
        return "Connect " + edge;
    }
}
