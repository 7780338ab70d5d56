package org.neurocanvas.export;

import static org.neurocanvas.export.OnnxGraph.integer;
import static org.neurocanvas.export.OnnxGraph.ints;

import ai.onnx.proto.OnnxMl.AttributeProto;
import java.util.ArrayList;
import java.util.List;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.Conv1DKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.Conv2DTransposeKind;
import org.neurocanvas.model.layers.DepthwiseConv2DKind;

/**
 * The convolutions as ONNX's Conv and ConvTranspose over channels-first values, their kernels moved
 * from the engine's (Keras's) layouts to ONNX's:
 * <ul>
 *   <li>Conv2D [k, k, in, filters] and Conv1D [k, in, filters] to [filters, in, k(, k)];</li>
 *   <li>DepthwiseConv2D [k, k, channels, multiplier] to [channels x multiplier, 1, k, k], a Conv with
 *       one group per channel, output channel c x multiplier + m as in the engine;</li>
 *   <li>Conv2DTranspose [k, k, filters, in] to ConvTranspose's [in, filters, k, k]. With 'same' the
 *       engine, like TensorFlow, keeps in x stride of the full output: it crops (k - stride) / 2
 *       rounded down before and the rest after, or pads stride - k zeros after when the kernel is
 *       smaller than the stride.</li>
 * </ul>
 * 'same' padding puts the odd zero after, as the engine does.
 */
final class OnnxConvolutions {

    private OnnxConvolutions() {
    }

    /**
     * Adds the step's convolution, without its activation, reading {@code x} channels first.
     *
     * @param output the name of the tensor it writes
     * @return {@code output}
     */
    static String emit(OnnxGraph graph, ModelBundle bundle, LayerPlan.Step step, String x, String output) {
        String id = step.id();
        LayerKind kind = step.kind();
        Tensor w = bundle.tensors().get(id + "/W");
        long[] shape = w.shape();
        List<AttributeProto> attributes = new ArrayList<>();
        String op = "Conv";
        String kernel;
        if (kind == Catalog.CONV1D) {
            int k = step.setting(Conv1DKind.KERNEL);
            int stride = step.setting(Conv1DKind.STRIDE);
            int dilation = step.setting(Conv1DKind.DILATION);
            kernel = graph.initializer(id + "/W", new long[] {shape[2], shape[1], shape[0]}, w.permuted(2, 1, 0));
            attributes.addAll(List.of(ints("kernel_shape", k), ints("strides", stride), ints("dilations", dilation),
                    ints("pads", LayerPlan.pads(step.text(Conv1DKind.PADDING), step.in().dim(0), k, stride, dilation))));
        } else if (kind == Catalog.CONV2D) {
            int k = step.setting(Conv2DKind.KERNEL);
            int stride = step.setting(Conv2DKind.STRIDE);
            int dilation = step.setting(Conv2DKind.DILATION);
            kernel = graph.initializer(id + "/W", new long[] {shape[3], shape[2], shape[0], shape[1]}, w.permuted(3, 2, 0, 1));
            attributes.addAll(List.of(ints("kernel_shape", k, k), ints("strides", stride, stride), ints("dilations", dilation, dilation),
                    ints("pads", pads(step, step.text(Conv2DKind.PADDING), k, stride, dilation))));
        } else if (kind == Catalog.DEPTHWISE_CONV2D) {
            int k = step.setting(DepthwiseConv2DKind.KERNEL);
            int stride = step.setting(DepthwiseConv2DKind.STRIDE);
            kernel = graph.initializer(id + "/W", new long[] {shape[2] * shape[3], 1, shape[0], shape[1]}, w.permuted(2, 3, 0, 1));
            attributes.addAll(List.of(ints("kernel_shape", k, k), ints("strides", stride, stride), integer("group", shape[2]),
                    ints("pads", pads(step, step.text(DepthwiseConv2DKind.PADDING), k, stride, 1))));
        } else {
            op = "ConvTranspose";
            int k = step.setting(Conv2DTransposeKind.KERNEL);
            int stride = step.setting(Conv2DTransposeKind.STRIDE);
            kernel = graph.initializer(id + "/W", new long[] {shape[3], shape[2], shape[0], shape[1]}, w.permuted(3, 2, 0, 1));
            attributes.addAll(List.of(ints("kernel_shape", k, k), ints("strides", stride, stride)));
            if ("same".equals(step.text(Conv2DTransposeKind.PADDING))) {
                int crop = Math.max(k - stride, 0);
                attributes.add(ints("pads", crop / 2, crop / 2, crop - crop / 2, crop - crop / 2));
                if (stride > k) {
                    attributes.add(ints("output_padding", stride - k, stride - k));
                }
            }
        }
        return graph.node(op, id, output, List.of(x, kernel, graph.initializer(bundle.tensors().get(id + "/b"))),
                attributes.toArray(AttributeProto[]::new));
    }

    /** ONNX's pads [top, left, bottom, right] for a square window over the step's input image. */
    static int[] pads(LayerPlan.Step step, String padding, int window, int stride, int dilation) {
        int[] rows = LayerPlan.pads(padding, step.in().dim(0), window, stride, dilation);
        int[] cols = LayerPlan.pads(padding, step.in().dim(1), window, stride, dilation);
        return new int[] {rows[0], cols[0], rows[1], cols[1]};
    }
}
