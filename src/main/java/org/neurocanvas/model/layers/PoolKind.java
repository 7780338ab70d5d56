package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** Max or average pooling: shrinks each feature map by summarising small windows. */
public final class PoolKind extends BaseKind {

    public static final String POOL = "pool";
    public static final String STRIDE = "stride";
    public static final String PADDING = Padding.SETTING;

    private PoolKind(String id, String explanation, String formula) {
        super(id, "Pooling", explanation, formula,
                SettingSpec.integer(POOL, 2, 1, 16, "Height and width of the window that is summarised."),
                SettingSpec.integer(STRIDE, 2, 1, 16, "Step between windows; equal to the pool size, windows do not overlap."),
                Padding.spec());
    }

    public static PoolKind max() {
        return new PoolKind("MaxPool2D",
                "Keeps the largest value of each window, so a feature that was found anywhere in the window survives while the map shrinks.",
                "y[i,j,c] = max over the window of x[i·s+u, j·s+v, c]");
    }

    public static PoolKind average() {
        return new PoolKind("AvgPool2D",
                "Replaces each window by its mean, shrinking the map smoothly.",
                "y[i,j,c] = mean over the window of x[i·s+u, j·s+v, c]");
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireImage(node.id(), inputs.get(0));
        int p = node.intSetting(POOL);
        int s = node.intSetting(STRIDE);
        String padding = node.textSetting(PADDING);
        int h = Padding.outputLength(in.dim(0), p, s, 1, padding);
        int w = Padding.outputLength(in.dim(1), p, s, 1, padding);
        if (h < 1 || w < 1) {
            throw new ShapeException(node.id() + "'s " + p + "x" + p + " window does not fit its " + in
                    + " input: use a smaller pool or padding 'same'.");
        }
        return new Shape(h, w, in.dim(2));
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        long p = node.intSetting(POOL);
        return output.size() * p * p;
    }
}
