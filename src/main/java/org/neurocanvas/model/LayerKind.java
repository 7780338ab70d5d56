package org.neurocanvas.model;

import java.util.List;
import java.util.Map;

/**
 * One entry of the layer catalogue: what a kind of layer is called, how it is explained,
 * which settings it has, and its pure shape and parameter rules. The runtime lives in the
 * engine; {@code compile} maps each kind onto engine ops.
 */
public interface LayerKind {

    /** Stable id used in project files and the palette, e.g. {@code Dense}. */
    String id();

    /** Palette group: Core, Activation, Output, ... */
    String group();

    /** One sentence that says what the layer does, for tooltips and the inspector. */
    String explanation();

    /** The layer's formula in plain text, e.g. {@code y = f(x·W + b)}. */
    String formula();

    /**
     * The explanation for this node, where its settings change what the layer does (the
     * Output's loss); otherwise the kind's.
     */
    default String explanation(LayerNode node) {
        return explanation();
    }

    /** The formula for this node, where its settings change it; otherwise the kind's. */
    default String formula(LayerNode node) {
        return formula();
    }

    List<SettingSpec> settings();

    /**
     * Settings a new layer of this kind takes from the project's data in place of its defaults (an
     * Embedding's vocabulary from the data's token ids); none for most kinds.
     */
    default Map<String, Object> settingsFor(DataSpec data) {
        return Map.of();
    }

    /** How many incoming wires it needs at least (0 for Input). */
    default int minInputs() {
        return 1;
    }

    /** How many incoming wires it takes at most. */
    default int maxInputs() {
        return 1;
    }

    /** Whether other layers may read its output. */
    default boolean hasOutputPort() {
        return true;
    }

    /**
     * The output shape given the input shapes (one per wire, in port order).
     *
     * @throws ShapeException a sentence naming the layer, what it expected and what it received
     */
    Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException;

    /** Trainable parameters for these input shapes. */
    default long parameterCount(LayerNode node, List<Shape> inputs) {
        return 0;
    }

    /** Parameters that training does not change by gradient (a BatchNorm's running statistics). */
    default long nonTrainableCount(LayerNode node, List<Shape> inputs) {
        return 0;
    }

    /** Multiply-adds for one sample's forward pass, the usual measure of a layer's cost. */
    default long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return 0;
    }

    default SettingSpec setting(String name) {
        return settings().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Layer kind " + id() + " has no setting '" + name + "'."));
    }
}
