package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** A 2-D convolution: small learned filters slide over the image, each producing one feature map. */
public final class Conv2DKind extends BaseKind {

    public static final String FILTERS = "filters";
    public static final String KERNEL = "kernel";
    public static final String STRIDE = "stride";
    public static final String DILATION = "dilation";
    public static final String PADDING = Padding.SETTING;
    public static final String ACTIVATION = "activation";

    public Conv2DKind() {
        super("Conv2D", "Convolution",
                "Slides each of its filters over the image; a filter sees a kernel x kernel patch of all channels at a time, so it learns local patterns such as edges, wherever they appear.",
                "y[i,j,f] = act(b[f] + Σ x[i·s+u, j·s+v, c] · W[u,v,c,f])",
                SettingSpec.integer(FILTERS, 32, 1, 4096, "Number of filters, which is the number of output channels."),
                SettingSpec.integer(KERNEL, 3, 1, 31, "Height and width of each filter's window."),
                SettingSpec.integer(STRIDE, 1, 1, 16, "Step between window positions; 2 halves the output's height and width."),
                Padding.spec(),
                SettingSpec.integer(DILATION, 1, 1, 16, "Spacing between the window's taps; above 1 widens the view without more weights."),
                SettingSpec.choice(ACTIVATION, "relu", ActivationKind.FUNCTIONS, "Function applied to each output value."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireImage(node.id(), inputs.get(0));
        int[] hw = Padding.kernelOutput(node.id(), in, node.intSetting(KERNEL), node.intSetting(STRIDE), node.intSetting(DILATION),
                node.textSetting(PADDING));
        return new Shape(hw[0], hw[1], node.intSetting(FILTERS));
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        long k = node.intSetting(KERNEL);
        long filters = node.intSetting(FILTERS);
        return k * k * inputs.get(0).dim(2) * filters + filters;
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        long k = node.intSetting(KERNEL);
        return output.size() * k * k * inputs.get(0).dim(2);
    }
}
