package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** The descriptive part every catalogue entry shares; subclasses add the shape and cost rules. */
abstract class BaseKind implements LayerKind {

    private final String id;
    private final String group;
    private final String explanation;
    private final String formula;
    private final List<SettingSpec> settings;

    BaseKind(String id, String group, String explanation, String formula, SettingSpec... settings) {
        this.id = id;
        this.group = group;
        this.explanation = explanation;
        this.formula = formula;
        this.settings = List.of(settings);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String group() {
        return group;
    }

    @Override
    public final String explanation() {
        return explanation;
    }

    @Override
    public final String formula() {
        return formula;
    }

    @Override
    public final List<SettingSpec> settings() {
        return settings;
    }

    /** The input must be an image-like (None, height, width, channels) tensor. */
    static Shape requireImage(String layer, Shape in) throws ShapeException {
        if (in.rank() != 3) {
            throw new ShapeException(layer + " expects an image (None, height, width, channels) but receives " + in
                    + (in.rank() == 1 ? ": set the Input shape to height x width x channels, or add a Reshape." : "."));
        }
        return in;
    }

    /**
     * The input must be a (None, steps, features) sequence; the sentence suggests the Input
     * shape that reads the received tensor as one.
     *
     * @param features what the last axis is called for this layer: features or channels
     */
    static Shape requireSequence(String layer, Shape in, String features) throws ShapeException {
        if (in.rank() == 2) {
            return in;
        }
        String hint = switch (in.rank()) {
            case 1 -> ": set the Input shape to steps x " + features + ", such as " + in.dim(0) + "x1.";
            case 3 -> ": to read an image row by row, set the Input shape to steps x " + features + ", such as "
                    + in.dim(0) + "x" + in.dim(1) * in.dim(2) + ".";
            default -> ".";
        };
        throw new ShapeException(layer + " expects a sequence (None, steps, " + features + ") but receives " + in + hint);
    }

    /** The input must be a (None, n) vector. */
    static Shape requireVector(String layer, Shape in) throws ShapeException {
        if (in.rank() != 1) {
            throw new ShapeException(layer + " expects a vector (None, n) but receives " + in + ": add a Flatten before " + layer + ".");
        }
        return in;
    }
}
