package org.neurocanvas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Deletes layers together with every wire that touches them, plus any chosen wires, as one step. */
public final class DeleteElements implements Command {

    private final Set<String> layerIds;
    private final Set<Edge> chosenWires;
    private final List<LayerNode> removedLayers = new ArrayList<>();
    private final List<Edge> removedWires = new ArrayList<>();
    private final List<Integer> wireIndices = new ArrayList<>();

    public DeleteElements(Collection<String> layerIds, Collection<Edge> wires) {
        this.layerIds = new LinkedHashSet<>(layerIds);
        this.chosenWires = new LinkedHashSet<>(wires);
    }

    @Override
    public void execute(Project project) {
        Graph graph = project.graph();
        removedLayers.clear();
        removedWires.clear();
        wireIndices.clear();
        for (Edge e : List.copyOf(graph.edges())) {
            if (chosenWires.contains(e) || layerIds.contains(e.from()) || layerIds.contains(e.to())) {
                wireIndices.add(graph.disconnect(e));
                removedWires.add(e);
            }
        }
        for (String id : layerIds) {
            LayerNode node = graph.node(id);
            if (node != null) {
                removedLayers.add(node);
                graph.remove(id);
            }
        }
    }

    @Override
    public void undo(Project project) {
        Graph graph = project.graph();
        removedLayers.forEach(graph::add);
        for (int i = removedWires.size() - 1; i >= 0; i--) {
            graph.connect(removedWires.get(i), wireIndices.get(i));
        }
    }

    @Override
    public String description() {
        int n = layerIds.size();
        int w = chosenWires.size();
        if (n == 1 && w == 0) {
            return "Delete " + layerIds.iterator().next();
        }
        if (n == 0 && w == 1) {
            return "Delete wire " + chosenWires.iterator().next();
        }
        List<String> parts = new ArrayList<>();
        if (n > 0) {
            parts.add(n + (n == 1 ? " layer" : " layers"));
        }
        if (w > 0) {
            parts.add(w + (w == 1 ? " wire" : " wires"));
        }
        return "Delete " + String.join(" and ", parts);
    }
}
