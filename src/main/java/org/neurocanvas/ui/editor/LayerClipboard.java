package org.neurocanvas.ui.editor;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.Command;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;

/**
 * Copied layers, kept apart from any project so that they paste into the same project or into
 * one opened after it: each layer's kind, settings and place, and the wires between copied
 * layers (a wire to a layer left behind is not copied). One clipboard serves the application.
 */
public final class LayerClipboard {

    /** How far each paste lands right of and below the one before. */
    public static final double OFFSET = 4 * CanvasGeometry.GRID;

    private static final LayerClipboard APPLICATION = new LayerClipboard();

    /** One copied layer: what it was called, and what a pasted twin gets. */
    record Copied(String name, LayerKind kind, double x, double y, Map<String, Object> settings) {
    }

    private List<Copied> layers = List.of();
    private List<Edge> wires = List.of();
    private int pastes;

    /** The clipboard every window of the application shares. */
    public static LayerClipboard application() {
        return APPLICATION;
    }

    /** Copies the layers named (those still in the graph) and the wires among them; nothing when none is named. */
    public void copy(Graph graph, Collection<String> ids) {
        List<Copied> copied = graph.nodes().stream().filter(n -> ids.contains(n.id()))
                .map(n -> new Copied(n.id(), n.kind(), n.x(), n.y(), new LinkedHashMap<>(n.settings())))
                .toList();
        if (copied.isEmpty()) {
            return;
        }
        layers = copied;
        wires = graph.edges().stream().filter(e -> ids.contains(e.from()) && ids.contains(e.to())).toList();
        pastes = 0;
    }

    /** Whether there is anything to paste. */
    public boolean isEmpty() {
        return layers.isEmpty();
    }

    /** How many layers a paste adds. */
    public int size() {
        return layers.size();
    }

    /**
     * The edit that pastes the copied layers under fresh names, each paste a step further right
     * and down, with their settings and inner wires; one undo step.
     */
    public Optional<CompoundEdit> paste() {
        if (isEmpty()) {
            return Optional.empty();
        }
        pastes++;
        return Optional.of(pasteAt(pastes * OFFSET, "Paste"));
    }

    /** The edit that duplicates the layers of {@code graph} named, without touching the clipboard. */
    public static Optional<CompoundEdit> duplicate(Graph graph, Collection<String> ids) {
        LayerClipboard scratch = new LayerClipboard();
        scratch.copy(graph, ids);
        return scratch.isEmpty() ? Optional.empty() : Optional.of(scratch.pasteAt(OFFSET, "Duplicate"));
    }

    private CompoundEdit pasteAt(double offset, String verb) {
        List<Copied> copied = layers;
        List<Edge> inner = wires;
        int n = copied.size();
        return new CompoundEdit(verb + " " + n + (n == 1 ? " layer" : " layers"), (project, run) -> {
            Map<String, String> renamed = new HashMap<>();
            for (Copied c : copied) {
                AddLayer add = new AddLayer(project.graph(), c.kind(), CanvasGeometry.snap(c.x() + offset), CanvasGeometry.snap(c.y() + offset), null);
                run.accept(add);
                renamed.put(c.name(), add.layerId());
                LayerNode fresh = project.graph().node(add.layerId());
                c.settings().forEach((setting, value) -> {
                    if (!Objects.equals(fresh.setting(setting), value)) {
                        run.accept(new ChangeSetting(add.layerId(), setting, value));
                    }
                });
            }
            for (Edge e : inner) {
                Command wire = new Connect(renamed.get(e.from()), renamed.get(e.to()));
                run.accept(wire);
            }
        });
    }
}
