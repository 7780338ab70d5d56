package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** How a sliding window treats the border, as Keras names it. */
final class Padding {

    static final String SETTING = "padding";
    static final String VALID = "valid";
    static final String SAME = "same";

    private Padding() {
    }

    static SettingSpec spec() {
        return SettingSpec.choice(SETTING, VALID, List.of(VALID, SAME),
                "'valid' uses only positions where the window fits inside the input; 'same' pads with zeros so that, at stride 1, the output keeps the input's size.");
    }

    /**
     * Output length along one axis.
     *
     * @return 0 or less when the window does not fit
     */
    static int outputLength(int in, int window, int stride, int dilation, String padding) {
        int span = dilation * (window - 1) + 1;
        return SAME.equals(padding) ? (in + stride - 1) / stride : (in - span) / stride + 1;
    }

    /**
     * Height and width of an image after a square kernel slides over it.
     *
     * @throws ShapeException naming the layer when the kernel does not fit
     */
    static int[] kernelOutput(String layer, Shape image, int kernel, int stride, int dilation, String padding) throws ShapeException {
        int h = outputLength(image.dim(0), kernel, stride, dilation, padding);
        int w = outputLength(image.dim(1), kernel, stride, dilation, padding);
        if (h < 1 || w < 1) {
            throw new ShapeException(layer + "'s " + kernel + "x" + kernel + " kernel" + (dilation > 1 ? " (dilation " + dilation + ")" : "")
                    + " does not fit its " + image + " input: use a smaller kernel or padding 'same'.");
        }
        return new int[] {h, w};
    }
}
