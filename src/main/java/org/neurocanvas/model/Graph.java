package org.neurocanvas.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's network as plain data: layers and the wires between them. The graph itself
 * accepts any change; {@link #checkConnection} says whether a wire makes sense, and commands
 * are the only callers of the mutators.
 */
public final class Graph {

    private final Map<String, LayerNode> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    public Collection<LayerNode> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public List<Edge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public LayerNode node(String id) {
        return nodes.get(id);
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** Wires into a node, in port order. */
    public List<Edge> incoming(String id) {
        return edges.stream().filter(e -> e.to().equals(id)).toList();
    }

    public List<Edge> outgoing(String id) {
        return edges.stream().filter(e -> e.from().equals(id)).toList();
    }

    /** A fresh name for a new layer of this kind: {@code dense_3} after {@code dense_1, dense_2}. */
    public String freshId(LayerKind kind) {
        String base = kind.id().toLowerCase();
        for (int i = 1; ; i++) {
            String id = base + "_" + i;
            if (!nodes.containsKey(id)) {
                return id;
            }
        }
    }

    void add(LayerNode node) {
        if (nodes.putIfAbsent(node.id(), node) != null) {
            throw new IllegalArgumentException("A layer named " + node.id() + " already exists.");
        }
    }

    /** Renames a layer in place: it keeps its place in the order, and its wires follow it. */
    void rename(String id, String newId) {
        Map<String, LayerNode> reordered = new LinkedHashMap<>();
        nodes.forEach((key, node) -> reordered.put(key.equals(id) ? newId : key, key.equals(id) ? node.renamed(newId) : node));
        nodes.clear();
        nodes.putAll(reordered);
        edges.replaceAll(e -> new Edge(e.from().equals(id) ? newId : e.from(), e.to().equals(id) ? newId : e.to()));
    }

    void remove(String id) {
        nodes.remove(id);
    }

    void connect(Edge edge, int index) {
        edges.add(Math.min(index, edges.size()), edge);
    }

    /** Removes the wire and returns where it stood, so undo can put it back in place. */
    int disconnect(Edge edge) {
        int index = edges.indexOf(edge);
        edges.remove(index);
        return index;
    }

    /**
     * Why a wire from {@code from} to {@code to} would make no sense, or empty if it is fine.
     */
    public Optional<String> checkConnection(String from, String to) {
        LayerNode source = nodes.get(from);
        LayerNode target = nodes.get(to);
        if (source == null || target == null) {
            return Optional.of("Both ends of a wire must be layers on the canvas.");
        }
        if (from.equals(to)) {
            return Optional.of("A layer cannot feed itself: " + from + " → " + to + " would be a loop.");
        }
        if (!source.kind().hasOutputPort()) {
            return Optional.of(from + " is the network's output: nothing can be wired after it.");
        }
        if (target.kind().maxInputs() == 0) {
            return Optional.of(to + " is an Input layer: it receives data, not wires.");
        }
        if (edges.contains(new Edge(from, to))) {
            return Optional.of(from + " is already wired to " + to + ".");
        }
        int taken = incoming(to).size();
        if (taken >= target.kind().maxInputs()) {
            return Optional.of(to + " takes " + target.kind().maxInputs() + " input" + (target.kind().maxInputs() == 1 ? "" : "s")
                    + " and already has " + taken + ": remove its wire first.");
        }
        if (reaches(to, from)) {
            return Optional.of("Wiring " + from + " → " + to + " would make a cycle: " + to + " already feeds " + from + ".");
        }
        return Optional.empty();
    }

    /** Whether data flows from {@code start} to {@code goal} along wires. */
    public boolean reaches(String start, String goal) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(goal)) {
                return true;
            }
            if (seen.add(id)) {
                outgoing(id).forEach(e -> todo.push(e.to()));
            }
        }
        return false;
    }

    /**
     * Layers in an order where every layer comes after its inputs (Kahn's algorithm, stable in
     * insertion order). Layers on a cycle are left out.
     */
    public List<LayerNode> topologicalOrder() {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        for (Edge e : edges) {
            waiting.merge(e.to(), 1, Integer::sum);
            next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
        }
        Deque<String> ready = new ArrayDeque<>();
        nodes.keySet().stream().filter(id -> !waiting.containsKey(id)).forEach(ready::add);
        List<LayerNode> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(nodes.get(id));
            for (String to : next.getOrDefault(id, List.of())) {
                if (waiting.merge(to, -1, Integer::sum) == 0) {
                    ready.add(to);
                }
            }
        }
        return order;
    }
}
