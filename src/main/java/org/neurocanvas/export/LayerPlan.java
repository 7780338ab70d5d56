package org.neurocanvas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.layers.ActivationKind;
import org.neurocanvas.model.layers.DenseKind;

/**
 * A network as the exports walk it: layers in topological order, each with the layers it reads
 * and the shapes flowing in and out. Building the plan checks every layer, so that an export
 * refuses a network it cannot translate before it writes anything.
 */
final class LayerPlan {

    /** The kinds the exports (ONNX, PyTorch, Keras) translate: every kind of the catalogue. */
    static final Set<LayerKind> EXPORTABLE = Set.copyOf(Catalog.kinds());

    /**
     * One layer of the plan.
     *
     * @param node        the layer on the canvas
     * @param inputs      the names of the layers it reads, in port order
     * @param inputShapes their shapes, without the batch
     * @param shape       its own output shape, without the batch
     */
    record Step(LayerNode node, List<String> inputs, List<Shape> inputShapes, Shape shape) {

        String id() {
            return node.id();
        }

        LayerKind kind() {
            return node.kind();
        }

        /** The shape of the first (for most kinds the only) input. */
        Shape in() {
            return inputShapes.get(0);
        }

        int setting(String name) {
            return node.intSetting(name);
        }

        String text(String name) {
            return node.textSetting(name);
        }

        /** Whether the layer applies an activation function: an Activation layer, or a Dense or convolution with its setting. */
        boolean hasActivation() {
            return kind() == Catalog.ACTIVATION || node.settings().containsKey(DenseKind.ACTIVATION);
        }

        /** The layer's activation function: its own setting for Dense and the convolutions, its function for an Activation layer. */
        ActivationFunction activation() {
            return ActivationFunction.parse(text(kind() == Catalog.ACTIVATION ? ActivationKind.FUNCTION : DenseKind.ACTIVATION));
        }

        boolean flag(String name) {
            return node.booleanSetting(name);
        }

        double number(String name) {
            return node.doubleSetting(name);
        }
    }

    private LayerPlan() {
    }

    /**
     * The project's network as steps.
     *
     * @param format the export's name, for messages: "ONNX", "PyTorch", "Keras"
     * @throws ModelFileException one sentence naming the first layer the export cannot translate
     */
    static List<Step> of(Project project, String format) throws ModelFileException {
        Analysis analysis = project.analyse();
        if (!analysis.isValid()) {
            throw new ModelFileException("Model '" + project.name() + "' cannot be exported: " + analysis.problems().get(0));
        }
        List<Step> steps = new ArrayList<>();
        for (LayerNode node : analysis.order()) {
            if (!EXPORTABLE.contains(node.kind())) {
                throw new ModelFileException("Layer " + node.id() + " is a " + node.kind().id() + " layer, which the " + format
                        + " export does not support yet: export the model bundle instead, or replace the layer.");
            }
            List<String> inputs = project.graph().incoming(node.id()).stream().map(Edge::from).toList();
            Step step = new Step(node, inputs, inputs.stream().map(id -> analysis.layer(id).shape()).toList(),
                    analysis.layer(node.id()).shape());
            if (step.hasActivation()) {
                try {
                    step.activation();
                } catch (IllegalArgumentException e) {
                    throw new ModelFileException("Layer " + node.id() + " cannot be exported to " + format + ": " + e.getMessage(), e);
                }
            }
            steps.add(step);
        }
        return steps;
    }

    /**
     * The zeros a sliding window adds before and after one axis, as the engine places them: none
     * for 'valid'; for 'same', enough for ceil(in / stride) positions, the odd one after (the
     * TensorFlow and Keras rule, which libnd4j follows).
     */
    static int[] pads(String padding, int in, int window, int stride, int dilation) {
        if (!"same".equals(padding)) {
            return new int[] {0, 0};
        }
        int out = (in + stride - 1) / stride;
        int total = Math.max((out - 1) * stride + dilation * (window - 1) + 1 - in, 0);
        return new int[] {total / 2, total - total / 2};
    }
}
