package org.neurocanvas.model;

/**
 * Puts a new layer on the canvas, optionally wired after an existing one. The layer starts with its
 * kind's defaults, except those it takes from the project's data ({@link LayerKind#settingsFor}).
 */
public final class AddLayer implements Command {

    private final LayerNode node;
    private final Edge wire;

    /**
     * @param after the layer to wire the new one after, or null
     */
    public AddLayer(Graph graph, LayerKind kind, double x, double y, String after) {
        this.node = new LayerNode(graph.freshId(kind), kind, x, y);
        this.wire = after == null ? null : new Edge(after, node.id());
    }

    public String layerId() {
        return node.id();
    }

    @Override
    public void execute(Project project) {
        // Read on every execute: a redo meets the data the first execute did, as data changes are commands too.
        node.kind().settingsFor(project.data()).forEach(node::put);
        project.graph().add(node);
        if (wire != null) {
            project.graph().connect(wire, Integer.MAX_VALUE);
        }
    }

    @Override
    public void undo(Project project) {
        if (wire != null) {
            project.graph().disconnect(wire);
        }
        project.graph().remove(node.id());
    }

    @Override
    public String description() {
        return "Add " + node.id();
    }
}
