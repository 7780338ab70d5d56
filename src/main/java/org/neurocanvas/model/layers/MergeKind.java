package org.neurocanvas.model.layers;

import java.util.ArrayList;
import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** Joins branches: Add (a skip connection), Multiply (a gate) or Concatenate (an Inception-style split). */
public final class MergeKind extends BaseKind {

    public static final String AXIS = "axis";
    private static final int MAX_INPUTS = 64;

    /** What an element-wise merge does to its inputs, for the sentence when shapes differ; null for Concatenate. */
    private final String verb;

    private MergeKind(String id, String verb, String explanation, String formula, SettingSpec... settings) {
        super(id, "Merge", explanation, formula, settings);
        this.verb = verb;
    }

    public static MergeKind add() {
        return new MergeKind("Add", "adds",
                "Adds its inputs element by element; with a layer's input as one of them, this is the skip connection of a ResNet.",
                "y = x1 + x2 + ...");
    }

    public static MergeKind multiply() {
        return new MergeKind("Multiply", "multiplies",
                "Multiplies its inputs element by element; a branch whose values lie between 0 and 1 (a sigmoid) then acts as a gate that lets the other through or holds it back.",
                "y = x1 · x2 · ...");
    }

    public static MergeKind concatenate() {
        return new MergeKind("Concatenate", null,
                "Joins its inputs side by side along one axis, keeping every value of every branch.",
                "y = [x1, x2, ...] along the axis",
                SettingSpec.integer(AXIS, -1, -8, 8, "The axis to join along, counted without the batch; -1 is the last (channels)."));
    }

    @Override
    public int minInputs() {
        return 2;
    }

    @Override
    public int maxInputs() {
        return MAX_INPUTS;
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape first = inputs.get(0);
        if (verb != null) {
            for (Shape s : inputs) {
                if (!s.equals(first)) {
                    throw new ShapeException(node.id() + " " + verb + " its inputs element by element, so they must have the same shape, but it receives "
                            + describe(inputs) + ".");
                }
            }
            return first;
        }
        int axis = node.intSetting(AXIS);
        int a = axis < 0 ? first.rank() + axis : axis;
        if (a < 0 || a >= first.rank()) {
            throw new ShapeException(node.id() + " joins along axis " + axis + ", but its inputs " + first + " have only " + first.rank() + " axes.");
        }
        int[] dims = first.dims();
        for (Shape s : inputs.subList(1, inputs.size())) {
            boolean fits = s.rank() == first.rank();
            for (int i = 0; fits && i < dims.length; i++) {
                fits = i == a || s.dim(i) == first.dim(i);
            }
            if (!fits) {
                throw new ShapeException(node.id() + " joins along axis " + axis + ", so its inputs must agree on every other axis, but it receives "
                        + describe(inputs) + ".");
            }
            dims[a] += s.dim(a);
        }
        return new Shape(dims);
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return verb == null ? 0 : output.size() * (inputs.size() - 1);
    }

    private static String describe(List<Shape> inputs) {
        List<String> parts = new ArrayList<>();
        inputs.forEach(s -> parts.add(s.toString()));
        return String.join(" and ", parts);
    }
}
