package org.neurocanvas.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neurocanvas.model.layers.ActivationKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.EmbeddingKind;
import org.neurocanvas.model.layers.InputKind;
import org.neurocanvas.model.layers.OutputKind;

/**
 * Shape inference and validation over the whole graph, run after every edit. Each layer gets
 * its output shape and parameter count, or a sentence that says why it has none. Apart from
 * problems, which keep the network from training, a layer may get a hint: a sentence on a choice
 * that trains but likely badly.
 */
public final class Analysis {

    /**
     * What a layer shows on the canvas: its output shape, trainable and non-trainable
     * parameters and multiply-adds per sample, or the problem that prevents them.
     */
    public record LayerInfo(Shape shape, long parameters, long nonTrainable, long multiplyAdds, String problem) {

        static LayerInfo problem(String sentence) {
            return new LayerInfo(null, 0, 0, 0, sentence);
        }

        /** The same figures with a problem that is not about them, so a card can still show its shape. */
        LayerInfo withProblem(String sentence) {
            return new LayerInfo(shape, parameters, nonTrainable, multiplyAdds, sentence);
        }

        public boolean valid() {
            return problem == null;
        }
    }

    private final Map<String, LayerInfo> layers = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> hints = new LinkedHashMap<>();
    /** The layers whose only problem is that a layer feeding them has one. */
    private final Set<String> waiting = new HashSet<>();
    private final List<LayerNode> order;
    private static final String LINEAR = "linear";
    private LayerNode input;
    private LayerNode output;
    private final Map<String, List<Edge>> incoming = new HashMap<>();
    /** The data's task (see {@link DataSpec#task()}); null if unknown. */
    private final String task;

    private Analysis(Graph graph, int dataClasses, Shape dataShape, DataSpec data) {
        this.task = data == null ? null : data.task();
        order = graph.topologicalOrder();
        for (Edge e : graph.edges()) {
            incoming.computeIfAbsent(e.to(), id -> new ArrayList<>()).add(e);
        }
        inferShapes(graph, dataShape);
        if (data != null && data.tokenVocabulary() > 0) {
            checkVocabularies(data.source(), data.tokenVocabulary());
        }
        checkWholeGraph(graph, dataClasses);
    }

    /**
     * @param dataClasses classes in the project's data set, or 0 if unknown
     */
    public static Analysis of(Graph graph, int dataClasses) {
        return new Analysis(graph, dataClasses, null, null);
    }

    /**
     * @param dataClasses classes in the project's data set, or 0 if unknown
     * @param dataShape   the shape of one sample, which an Input of shape {@code auto} takes; null if unknown
     */
    public static Analysis of(Graph graph, int dataClasses, Shape dataShape) {
        return new Analysis(graph, dataClasses, dataShape, null);
    }

    /**
     * @param dataClasses classes in the project's data set, or 0 if unknown
     * @param dataShape   the shape of one sample, which an Input of shape {@code auto} takes; null if unknown
     * @param data        the project's data: its task (softmax cross-entropy on data whose targets are numbers
     *                    is a problem) and its token ids, which an Embedding's vocabulary must cover
     */
    public static Analysis of(Graph graph, int dataClasses, Shape dataShape, DataSpec data) {
        return new Analysis(graph, dataClasses, dataShape, data);
    }

    private void inferShapes(Graph graph, Shape dataShape) {
        for (LayerNode node : order) {
            if (node.kind() == Catalog.INPUT && InputKind.AUTO.equals(node.textSetting(InputKind.SHAPE))) {
                layers.put(node.id(), dataShape != null ? new LayerInfo(dataShape, 0, 0, 0, null) : LayerInfo.problem(node.id()
                        + " takes its shape from the data, which is known once the file is read: press Train, or type the shape (such as 13 or 28x28x1)."));
                continue;
            }
            List<Shape> inputs = new ArrayList<>();
            String problem = null;
            List<Edge> incoming = incoming(node.id());
            if (incoming.isEmpty() && node.kind().minInputs() > 0) {
                problem = node.id() + " has no input: wire a layer's output into it.";
            } else if (incoming.size() < node.kind().minInputs()) {
                problem = node.id() + " needs at least " + node.kind().minInputs() + " inputs but has " + incoming.size()
                        + ": wire another layer into it.";
            }
            for (Edge e : incoming) {
                LayerInfo from = layers.get(e.from());
                if (problem == null && !from.valid()) {
                    problem = node.id() + " waits for " + e.from() + ", which has a problem.";
                    waiting.add(node.id());
                }
                inputs.add(from.shape());
            }
            if (problem != null) {
                layers.put(node.id(), LayerInfo.problem(problem));
                continue;
            }
            try {
                LayerKind kind = node.kind();
                Shape shape = kind.outputShape(node, inputs);
                layers.put(node.id(), new LayerInfo(shape, kind.parameterCount(node, inputs), kind.nonTrainableCount(node, inputs),
                        kind.multiplyAdds(node, inputs, shape), null));
            } catch (ShapeException e) {
                layers.put(node.id(), LayerInfo.problem(e.getMessage()));
            }
        }
        Set<String> placed = new HashSet<>(layers.keySet());
        for (LayerNode node : graph.nodes()) {
            if (!placed.contains(node.id())) {
                layers.put(node.id(), LayerInfo.problem(node.id() + " is part of a cycle: data must flow one way, from the input to the output."));
            }
        }
    }

    private void checkWholeGraph(Graph graph, int dataClasses) {
        List<LayerNode> inputs = graph.nodes().stream().filter(n -> n.kind().minInputs() == 0).toList();
        List<LayerNode> outputs = graph.nodes().stream().filter(n -> !n.kind().hasOutputPort()).toList();
        if (inputs.isEmpty()) {
            problems.add("The network has no Input layer: drag one from the palette.");
        } else if (inputs.size() > 1) {
            problems.add("The network has " + inputs.size() + " Input layers; one is supported.");
        } else {
            input = inputs.get(0);
        }
        if (outputs.isEmpty()) {
            problems.add("The network has no Output layer: drag one from the palette and wire the last layer into it.");
        } else if (outputs.size() > 1) {
            problems.add("The network has " + outputs.size() + " Output layers; exactly one is expected.");
        } else {
            output = outputs.get(0);
            // Only the loose ends are flagged: the layers before them are fine, and one sentence per loose chain is enough.
            Set<String> feeding = upstreamOf(output.id());
            Set<String> wiredOn = graph.edges().stream().map(Edge::from).collect(Collectors.toSet());
            for (LayerNode node : graph.nodes()) {
                if (node != output && layers.get(node.id()).valid() && !feeding.contains(node.id()) && !wiredOn.contains(node.id())) {
                    flag(node, node.id() + " does not lead to " + output.id() + ": wire it on or delete it.");
                }
            }
            checkLoss(graph, dataClasses);
        }
        order.stream().map(n -> layers.get(n.id()).problem()).filter(p -> p != null).forEach(problems::add);
        Set<LayerNode> ordered = new HashSet<>(order);
        graph.nodes().stream().filter(n -> !ordered.contains(n)).map(n -> layers.get(n.id()).problem()).forEach(problems::add);
    }

    /**
     * Whether each Embedding's vocabulary covers the data's token ids: fewer rows stop training at the
     * first id past the table, and more than twice the rows needed is a hint, as the rest never train.
     */
    private void checkVocabularies(String source, int needed) {
        for (LayerNode node : order) {
            if (node.kind() != Catalog.EMBEDDING || !layers.get(node.id()).valid()) {
                continue;
            }
            int vocabulary = node.intSetting(EmbeddingKind.VOCABULARY);
            String ids = source + "'s token ids run 0 to " + (needed - 1);
            if (vocabulary < needed) {
                flag(node, node.id() + "'s vocabulary is " + vocabulary + ", but " + ids + ": set " + EmbeddingKind.VOCABULARY
                        + " to at least " + needed + ".");
            } else if (vocabulary > 2 * needed) {
                hints.put(node.id(), node.id() + ": its vocabulary is " + vocabulary + ", but " + ids + ", so " + (vocabulary - needed)
                        + " of its " + vocabulary + " rows never train; set " + EmbeddingKind.VOCABULARY + " to " + needed + ".");
            }
        }
    }

    /** The wires into a layer, in port order; read from a map made once, as the graph's own lookup scans every wire. */
    private List<Edge> incoming(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** Every layer whose data flows into {@code id}, found by walking the wires backwards once. */
    private Set<String> upstreamOf(String id) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            for (Edge e : incoming(todo.pop())) {
                if (seen.add(e.from())) {
                    todo.push(e.from());
                }
            }
        }
        return seen;
    }

    /** Whether the loss fits what feeds the output and the data's classes; regression losses take any data. */
    private void checkLoss(Graph graph, int dataClasses) {
        String loss = output.textSetting(OutputKind.LOSS);
        // Replaces the shape sentence, which would ask for "one score per class" of data without classes, once
        // what feeds the output is sound; binary cross-entropy stays allowed, a usual autoencoder loss on 0..1 targets.
        List<Edge> feeding = incoming(output.id());
        if (task != null && !DataSpec.CLASSIFICATION.equals(task) && OutputKind.SOFTMAX_CROSS_ENTROPY.equals(loss)
                && !feeding.isEmpty() && feeding.stream().allMatch(e -> layers.get(e.from()).valid())) {
            flag(output, output.id() + " uses " + loss + ", a loss for classes, but the data's task is " + task
                    + ": its targets are numbers, so choose " + OutputKind.MEAN_SQUARED_ERROR + " (or "
                    + OutputKind.MEAN_ABSOLUTE_ERROR + ", " + OutputKind.HUBER + ").");
            return;
        }
        String own = OutputKind.ownActivation(loss);
        if (own != null) {
            for (LayerNode n : incoming(output.id()).stream().map(e -> graph.node(e.from())).toList()) {
                String function = activation(n);
                if (own.equals(function)) {
                    flag(output, output.id() + " applies " + own + " itself, and " + n.id()
                            + " already did: set the activation of " + n.id() + " to linear, so the output receives raw scores (logits).");
                } else if (function != null && !LINEAR.equals(function)) {
                    hints.put(n.id(), n.id() + ": " + function + " before " + loss.replace("_cross_entropy", " cross-entropy").replace('_', ' ') + " "
                            + (function.equals("tanh") || function.equals("sigmoid") ? "squashes" : "clips")
                            + " the logits (the raw class scores " + output.id() + " turns into probabilities), which slows or stalls learning; "
                            + "use linear.");
                }
            }
        }
        LayerInfo head = layers.get(output.id());
        if (dataClasses == 0 || !head.valid() || !OutputKind.isClassification(loss)) {
            return;
        }
        String feeder = incoming(output.id()).get(0).from();
        int scores = head.shape().dim(0);
        if (OutputKind.SOFTMAX_CROSS_ENTROPY.equals(loss) && scores != dataClasses) {
            flag(output, output.id() + " receives " + scores + " class scores but the data set has "
                    + dataClasses + " classes: set units of " + feeder + " to " + dataClasses + ".");
        } else if (OutputKind.BINARY_CROSS_ENTROPY.equals(loss) && dataClasses > 2) {
            flag(output, output.id() + " uses binary_cross_entropy, which tells 2 classes apart, but the data set has " + dataClasses
                    + " classes: use softmax_cross_entropy and set units of " + feeder + " to " + dataClasses + ".");
        } else if (OutputKind.BINARY_CROSS_ENTROPY.equals(loss) && scores != 1) {
            flag(output, output.id() + " uses binary_cross_entropy, which needs 1 score for 2 classes, but receives " + scores
                    + ": set units of " + feeder + " to 1, or use softmax_cross_entropy.");
        }
    }

    // The function a layer ends with, if it has a setting for one.
    private static String activation(LayerNode node) {
        Object function = node.settings().getOrDefault(DenseKind.ACTIVATION, node.settings().get(ActivationKind.FUNCTION));
        return function == null ? null : function.toString();
    }

    private void flag(LayerNode node, String problem) {
        layers.put(node.id(), layers.get(node.id()).withProblem(problem));
    }

    public LayerInfo layer(String id) {
        return layers.get(id);
    }

    /** Every problem as a sentence: empty when the network can be trained. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Whether a layer's only problem is that a layer before it has one: mending that one mends it too. */
    public boolean waits(String id) {
        return waiting.contains(id);
    }

    /** The hint on a layer's choices, if it has one; a hint never keeps the network from training. */
    public Optional<String> hint(String id) {
        return Optional.ofNullable(hints.get(id));
    }

    /** Every hint as a sentence, in the order found. */
    public List<String> hints() {
        return List.copyOf(hints.values());
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Layers in an order where each comes after its inputs. */
    public List<LayerNode> order() {
        return List.copyOf(order);
    }

    public Optional<LayerNode> input() {
        return Optional.ofNullable(input);
    }

    public Optional<LayerNode> output() {
        return Optional.ofNullable(output);
    }

    /** Trainable parameters of the whole network. */
    public long totalParameters() {
        return layers.values().stream().mapToLong(LayerInfo::parameters).sum();
    }

    public long nonTrainableParameters() {
        return layers.values().stream().mapToLong(LayerInfo::nonTrainable).sum();
    }

    public long multiplyAdds() {
        return layers.values().stream().mapToLong(LayerInfo::multiplyAdds).sum();
    }
}
