package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurocanvas.model.Chains.chain;
import static org.neurocanvas.model.Fixtures.single;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Image layers beyond Conv2D and pooling, and the Multiply merge, against Keras's shapes and parameter counts. */
class ImageLayersTest {

    @Test
    void conv2dTransposeGrowsTheImage() {
        Analysis.LayerInfo same = single("7x7x8", Catalog.CONV2D_TRANSPOSE, Map.of("filters", 16, "kernel", 3, "stride", 2, "padding", "same"));
        assertEquals(new Shape(14, 14, 16), same.shape());
        assertEquals(3 * 3 * 8 * 16 + 16, same.parameters());
        assertEquals(7L * 7 * 8 * 3 * 3 * 16, same.multiplyAdds());
        assertEquals(new Shape(15, 15, 16), single("7x7x8", Catalog.CONV2D_TRANSPOSE,
                Map.of("filters", 16, "kernel", 3, "stride", 2, "padding", "valid")).shape());
        assertEquals(new Shape(11, 11, 4), single("7x7x8", Catalog.CONV2D_TRANSPOSE,
                Map.of("filters", 4, "kernel", 5, "stride", 1, "padding", "valid")).shape());
    }

    @Test
    void depthwiseConvolutionFiltersEachChannelOnItsOwn() {
        Analysis.LayerInfo depthwise = single("28x28x3", Catalog.DEPTHWISE_CONV2D, Map.of("kernel", 3, "depth_multiplier", 2));
        assertEquals(new Shape(26, 26, 6), depthwise.shape());
        assertEquals(3 * 3 * 3 * 2 + 3 * 2, depthwise.parameters());
        assertEquals(26L * 26 * 6 * 3 * 3, depthwise.multiplyAdds());
        assertEquals(new Shape(14, 14, 3), single("28x28x3", Catalog.DEPTHWISE_CONV2D, Map.of("stride", 2, "padding", "same")).shape());
        assertEquals("depthwiseconv2d_1's 5x5 kernel does not fit its (None, 4, 4, 3) input: use a smaller kernel or padding 'same'.",
                single("4x4x3", Catalog.DEPTHWISE_CONV2D, Map.of("kernel", 5)).problem());
    }

    @Test
    void upSamplingAndZeroPaddingReshapeWithoutWeights() {
        Analysis.LayerInfo up = single("7x7x8", Catalog.UP_SAMPLING2D, Map.of("size", 2));
        assertEquals(new Shape(14, 14, 8), up.shape());
        assertEquals(0, up.parameters());
        assertEquals(new Shape(32, 32, 1), single("28x28x1", Catalog.ZERO_PADDING2D, Map.of("padding", 2)).shape());
        assertEquals("zeropadding2d_1 expects an image (None, height, width, channels) but receives (None, 784): "
                + "set the Input shape to height x width x channels, or add a Reshape.", single("784", Catalog.ZERO_PADDING2D, Map.of()).problem());
    }

    @Test
    void globalMaxPoolingKeepsOneValuePerChannel() {
        Analysis.LayerInfo pool = single("5x5x7", Catalog.GLOBAL_MAX_POOL2D, Map.of());
        assertEquals(new Shape(7), pool.shape());
        assertEquals(5 * 5 * 7, pool.multiplyAdds());
    }

    @Test
    void multiplyGatesOneBranchWithAnother() {
        CommandStack s = chain("16", 3, List.of(
                Map.entry(Catalog.DENSE, Map.of("units", 16, "activation", "sigmoid")),
                Map.entry(Catalog.MULTIPLY, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 3, "activation", "linear"))));
        s.execute(new Connect("input_1", "multiply_1"));
        Analysis a = s.project().analyse();
        assertTrue(a.isValid(), () -> a.problems().toString());
        assertEquals(new Shape(16), a.layer("multiply_1").shape());
        assertEquals(16, a.layer("multiply_1").multiplyAdds());
        s.execute(new ChangeSetting("dense_1", "units", 8));
        assertEquals("multiply_1 multiplies its inputs element by element, so they must have the same shape, but it receives "
                + "(None, 8) and (None, 16).", s.project().analyse().layer("multiply_1").problem());
    }
}
