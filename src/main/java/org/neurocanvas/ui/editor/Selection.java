package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neurocanvas.model.DeleteElements;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;

/**
 * What is selected on the canvas: some layers, or one wire. Selecting never changes the
 * model, so it is view state, not a command.
 */
public final class Selection {

    private final Set<String> layers = new LinkedHashSet<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Edge wire;

    /**
     * Selects a layer; with {@code extend} (shift-click) it toggles that layer and keeps the others.
     */
    public void selectLayer(String id, boolean extend) {
        wire = null;
        if (!extend) {
            layers.clear();
            layers.add(id);
        } else if (!layers.remove(id)) {
            layers.add(id);
        }
        changed();
    }

    /** Makes exactly these layers the selection, and no wire. */
    public void selectLayers(Collection<String> ids) {
        if (wire == null && layers.equals(new LinkedHashSet<>(ids))) {
            return;
        }
        wire = null;
        layers.clear();
        layers.addAll(ids);
        changed();
    }

    /** Selects one wire, and no layer. */
    public void selectWire(Edge edge) {
        layers.clear();
        wire = edge;
        changed();
    }

    /** Selects nothing. */
    public void clear() {
        if (!isEmpty()) {
            layers.clear();
            wire = null;
            changed();
        }
    }

    /** Whether nothing is selected. */
    public boolean isEmpty() {
        return layers.isEmpty() && wire == null;
    }

    /** Whether a layer is selected. */
    public boolean contains(String layerId) {
        return layers.contains(layerId);
    }

    /** Whether a wire is the selected one. */
    public boolean contains(Edge edge) {
        return edge.equals(wire);
    }

    /** Selected layers in the order they were selected. */
    public Set<String> layers() {
        return Set.copyOf(layers);
    }

    /** The selected layer when exactly one is selected: the one the inspector shows. */
    public Optional<String> single() {
        return layers.size() == 1 ? Optional.of(layers.iterator().next()) : Optional.empty();
    }

    /** The selected wire, if a wire is selected. */
    public Optional<Edge> wire() {
        return Optional.ofNullable(wire);
    }

    /** Forgets layers and wires that an edit (or undo) has taken off the graph. */
    public void retainExisting(Graph graph) {
        boolean changed = layers.removeIf(id -> !graph.contains(id));
        if (wire != null && !graph.edges().contains(wire)) {
            wire = null;
            changed = true;
        }
        if (changed) {
            changed();
        }
    }

    /** The command that deletes the selection, or empty when nothing is selected. */
    public Optional<DeleteElements> deleteCommand() {
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeleteElements(layers, wire == null ? List.of() : List.of(wire)));
    }

    /** Called after every change of the selection. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
