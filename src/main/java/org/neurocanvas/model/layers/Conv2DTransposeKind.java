package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/**
 * A transposed convolution ("deconvolution"): the gradient of a convolution run forwards, so it
 * grows an image. The output size is (in - 1)·stride + kernel for 'valid' padding and in·stride
 * for 'same', which is Keras's rule whenever the kernel is at least the stride.
 */
public final class Conv2DTransposeKind extends BaseKind {

    public static final String FILTERS = "filters";
    public static final String KERNEL = "kernel";
    public static final String STRIDE = "stride";
    public static final String PADDING = Padding.SETTING;
    public static final String ACTIVATION = "activation";

    public Conv2DTransposeKind() {
        super("Conv2DTranspose", "Convolution",
                "Runs a convolution backwards: each input pixel spreads a learned kernel x kernel pattern onto a larger output, so with stride 2 it doubles the height and width; decoders use it to grow images back.",
                "y[i·s+u, j·s+v, f] += x[i, j, c] · W[u, v, c, f];  then y = act(y + b[f])",
                SettingSpec.integer(FILTERS, 32, 1, 4096, "Number of filters, which is the number of output channels."),
                SettingSpec.integer(KERNEL, 3, 1, 31, "Height and width of the pattern each input pixel spreads."),
                SettingSpec.integer(STRIDE, 2, 1, 16, "How far apart the patterns of neighbouring input pixels land; 2 doubles the height and width."),
                SettingSpec.choice(PADDING, Padding.SAME, List.of(Padding.VALID, Padding.SAME),
                        "'same' makes the output exactly stride times the input; 'valid' keeps the patterns' overhang at the border, (in - 1)·stride + kernel."),
                SettingSpec.choice(ACTIVATION, "relu", ActivationKind.FUNCTIONS, "Function applied to each output value."));
    }

    private static int length(int in, int kernel, int stride, String padding) {
        return Padding.SAME.equals(padding) ? in * stride : (in - 1) * stride + kernel;
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireImage(node.id(), inputs.get(0));
        int k = node.intSetting(KERNEL);
        int s = node.intSetting(STRIDE);
        String padding = node.textSetting(PADDING);
        return new Shape(length(in.dim(0), k, s, padding), length(in.dim(1), k, s, padding), node.intSetting(FILTERS));
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
        return inputs.get(0).size() * k * k * node.intSetting(FILTERS);
    }
}
