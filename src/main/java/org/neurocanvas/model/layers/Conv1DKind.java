package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** A 1-D convolution: learned filters slide along a sequence, each producing one feature per position. */
public final class Conv1DKind extends BaseKind {

    public static final String FILTERS = "filters";
    public static final String KERNEL = "kernel";
    public static final String STRIDE = "stride";
    public static final String DILATION = "dilation";
    public static final String PADDING = Padding.SETTING;
    public static final String ACTIVATION = "activation";

    public Conv1DKind() {
        super("Conv1D", "Convolution",
                "Slides each of its filters along the sequence; a filter sees kernel neighbouring steps of all channels at a time, so it learns short patterns, such as a rise followed by a fall, wherever they occur.",
                "y[t,f] = act(b[f] + Σ x[t·s+u·d, c] · W[u,c,f])",
                SettingSpec.integer(FILTERS, 32, 1, 4096, "Number of filters, which is the number of output channels."),
                SettingSpec.integer(KERNEL, 3, 1, 63, "Number of neighbouring steps each filter sees at once."),
                SettingSpec.integer(STRIDE, 1, 1, 16, "Step between window positions; 2 halves the number of output steps."),
                Padding.spec(),
                SettingSpec.integer(DILATION, 1, 1, 16, "Spacing between the window's taps; above 1 widens the view without more weights."),
                SettingSpec.choice(ACTIVATION, "relu", ActivationKind.FUNCTIONS, "Function applied to each output value."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireSequence(node.id(), inputs.get(0), "channels");
        int k = node.intSetting(KERNEL);
        int d = node.intSetting(DILATION);
        int steps = Padding.outputLength(in.dim(0), k, node.intSetting(STRIDE), d, node.textSetting(PADDING));
        if (steps < 1) {
            throw new ShapeException(node.id() + "'s kernel of " + k + (d > 1 ? " (dilation " + d + ")" : "") + " does not fit its " + in
                    + " input: use a smaller kernel or padding 'same'.");
        }
        return new Shape(steps, node.intSetting(FILTERS));
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        long filters = node.intSetting(FILTERS);
        return node.intSetting(KERNEL) * inputs.get(0).dim(1) * filters + filters;
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return output.size() * node.intSetting(KERNEL) * inputs.get(0).dim(1);
    }
}
