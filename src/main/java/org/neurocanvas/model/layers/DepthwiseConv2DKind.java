package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** A convolution that filters each channel on its own, the cheap half of MobileNet's separable convolution. */
public final class DepthwiseConv2DKind extends BaseKind {

    public static final String KERNEL = "kernel";
    public static final String STRIDE = "stride";
    public static final String PADDING = Padding.SETTING;
    public static final String DEPTH_MULTIPLIER = "depth_multiplier";
    public static final String ACTIVATION = "activation";

    public DepthwiseConv2DKind() {
        super("DepthwiseConv2D", "Convolution",
                "Filters each channel on its own with depth_multiplier kernels of its own, instead of mixing all channels as Conv2D does; followed by a 1x1 Conv2D it makes MobileNet's cheap separable convolution.",
                "y[i,j,c·m+k] = act(b[c·m+k] + Σ_{u,v} x[i·s+u, j·s+v, c] · W[u,v,c,k])",
                SettingSpec.integer(KERNEL, 3, 1, 31, "Height and width of each channel's filter window."),
                SettingSpec.integer(STRIDE, 1, 1, 16, "Step between window positions; 2 halves the output's height and width."),
                Padding.spec(),
                SettingSpec.integer(DEPTH_MULTIPLIER, 1, 1, 64, "Filters per input channel; the output has channels times this many channels."),
                SettingSpec.choice(ACTIVATION, "relu", ActivationKind.FUNCTIONS, "Function applied to each output value."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireImage(node.id(), inputs.get(0));
        int[] hw = Padding.kernelOutput(node.id(), in, node.intSetting(KERNEL), node.intSetting(STRIDE), 1, node.textSetting(PADDING));
        return new Shape(hw[0], hw[1], in.dim(2) * node.intSetting(DEPTH_MULTIPLIER));
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        long k = node.intSetting(KERNEL);
        long outChannels = (long) inputs.get(0).dim(2) * node.intSetting(DEPTH_MULTIPLIER);
        return k * k * outChannels + outChannels;
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        long k = node.intSetting(KERNEL);
        return output.size() * k * k;
    }
}
