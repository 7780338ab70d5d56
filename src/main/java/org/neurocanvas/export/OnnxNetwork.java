package org.neurocanvas.export;

import static org.neurocanvas.export.OnnxGraph.integer;
import static org.neurocanvas.export.OnnxGraph.ints;
import static org.neurocanvas.export.OnnxGraph.real;

import ai.onnx.proto.OnnxMl.AttributeProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.PoolKind;

/**
 * Translates a bundle's network into ONNX nodes, layer by layer. Each layer's main node carries the
 * layer's canvas name and so does the tensor holding its value; helper nodes add a suffix
 * ({@code conv2d_1/relu}, {@code input_1/to_channels_first}). Initialisers keep the engine's
 * parameter names; convolution kernels are transposed to ONNX's [filters, in, kH, kW].
 */
final class OnnxNetwork {

    /** The graph output: per-class probabilities. */
    static final String PROBABILITIES = "probabilities";

    /** A tensor of the graph: its name, rank with the batch, and where its channels lie. */
    private record Value(String name, int rank, Layout layout) {
    }

    private final OnnxGraph graph = new OnnxGraph();
    private final ModelBundle bundle;
    private final Map<String, Value> values = new HashMap<>();
    /** Transposed copies already made, by tensor name and layout, so two readers share one. */
    private final Map<String, Value> transposed = new HashMap<>();

    private OnnxNetwork(ModelBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The graph of the bundle's network, from raw NHWC (or flat) samples to probabilities.
     *
     * @throws ModelFileException naming the first layer ONNX export cannot translate
     */
    static OnnxGraph translate(ModelBundle bundle) throws ModelFileException {
        OnnxNetwork network = new OnnxNetwork(bundle);
        for (LayerPlan.Step step : LayerPlan.of(bundle.project(), "ONNX")) {
            network.values.put(step.id(), network.layer(step));
        }
        return network.graph;
    }

    private Value layer(LayerPlan.Step step) {
        LayerKind kind = step.kind();
        if (kind == Catalog.INPUT) {
            return input(step);
        }
        List<Value> in = inputs(step);
        Value x = in.get(0);
        String id = step.id();
        if (kind == Catalog.DENSE) {
            String gemm = graph.node("Gemm", id, output(step), List.of(x.name(), weight(id + "/W"), weight(id + "/b")));
            return activation(step, new Value(gemm, 2, Layout.CHANNELS_LAST));
        } else if (kind == Catalog.CONV2D) {
            return activation(step, convolution(step, x));
        } else if (kind == Catalog.MAX_POOL2D || kind == Catalog.AVG_POOL2D) {
            String op = kind == Catalog.MAX_POOL2D ? "MaxPool" : "AveragePool";
            int pool = step.setting(PoolKind.POOL);
            int stride = step.setting(PoolKind.STRIDE);
            var attributes = new ArrayList<>(List.of(ints("kernel_shape", pool, pool), ints("strides", stride, stride),
                    ints("pads", pads(step, step.text(PoolKind.PADDING), pool, stride, 1))));
            if (kind == Catalog.AVG_POOL2D) {
                attributes.add(integer("count_include_pad", 0)); // the engine divides by the values inside the image
            }
            return same(x, graph.node(op, id, id, List.of(x.name()), attributes.toArray(AttributeProto[]::new)));
        } else if (kind == Catalog.GLOBAL_AVG_POOL2D) {
            String pooled = graph.node("GlobalAveragePool", id, id + "/pooled", List.of(x.name()));
            return new Value(graph.node("Flatten", id + "/flatten", id, List.of(pooled), integer("axis", 1)), 2, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.FLATTEN) {
            return new Value(graph.node("Flatten", id, id, List.of(x.name()), integer("axis", 1)), 2, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.DROPOUT) {
            return same(x, graph.node("Identity", id, id, List.of(x.name()))); // inference passes everything through
        } else if (kind == Catalog.BATCH_NORM) {
            return same(x, graph.node("BatchNormalization", id, id, List.of(x.name(), weight(id + "/gamma"), weight(id + "/beta"),
                    weight(id + "/moving_mean"), weight(id + "/moving_variance")), real("epsilon", (float) step.node().doubleSetting(BatchNormKind.EPSILON))));
        } else if (kind == Catalog.ADD) {
            return same(x, graph.node(in.size() == 2 ? "Add" : "Sum", id, id, in.stream().map(Value::name).toList()));
        } else if (kind == Catalog.CONCATENATE) {
            int axis = step.setting(MergeKind.AXIS);
            int arrayAxis = axis < 0 ? x.rank() + axis : axis + 1;
            return same(x, graph.node("Concat", id, id, in.stream().map(Value::name).toList(),
                    integer("axis", x.layout().axis(arrayAxis, x.rank()))));
        } else if (kind == Catalog.ACTIVATION) {
            return same(x, OnnxActivations.emit(graph, id, id, step.activation(), x.name()));
        }
        // The Output layer: softmax over the class scores.
        graph.output(PROBABILITIES, step.shape().dims());
        return new Value(graph.node("Softmax", id, PROBABILITIES, List.of(x.name()), integer("axis", 1)), 2, Layout.CHANNELS_LAST);
    }

    /** The graph input, raw samples, followed by the scaling as Sub and Mul when the model has one. */
    private Value input(LayerPlan.Step step) {
        String id = step.id();
        int[] sample = step.shape().dims();
        graph.input(id, sample);
        Value raw = new Value(id, sample.length + 1, Layout.CHANNELS_LAST);
        if (bundle.scaler().scaling() == Scaling.NONE) {
            return raw;
        }
        long[] dims = Arrays.stream(sample).asLongStream().toArray();
        String shift = graph.initializer("scaler/shift", dims, bundle.scaler().shift());
        String factor = graph.initializer("scaler/factor", dims, bundle.scaler().factor());
        String shifted = graph.node("Sub", id + "/shift", id + "/shifted", List.of(id, shift));
        return same(raw, graph.node("Mul", id + "/scale", id + "/scaled", List.of(shifted, factor)));
    }

    private Value convolution(LayerPlan.Step step, Value x) {
        String id = step.id();
        int k = step.setting(Conv2DKind.KERNEL);
        int stride = step.setting(Conv2DKind.STRIDE);
        int dilation = step.setting(Conv2DKind.DILATION);
        Tensor w = bundle.tensors().get(id + "/W");
        long[] hwio = w.shape();
        float[] src = w.values();
        float[] oihw = new float[src.length];
        int kh = (int) hwio[0], kw = (int) hwio[1], in = (int) hwio[2], out = (int) hwio[3];
        for (int h = 0; h < kh; h++) {
            for (int v = 0; v < kw; v++) {
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        oihw[((o * in + i) * kh + h) * kw + v] = src[((h * kw + v) * in + i) * out + o];
                    }
                }
            }
        }
        String kernel = graph.initializer(id + "/W", new long[] {out, in, kh, kw}, oihw);
        String conv = graph.node("Conv", id, output(step), List.of(x.name(), kernel, weight(id + "/b")), ints("kernel_shape", k, k),
                ints("strides", stride, stride), ints("dilations", dilation, dilation),
                ints("pads", pads(step, step.text(Conv2DKind.PADDING), k, stride, dilation)));
        return same(x, conv);
    }

    /** ONNX's pads [top, left, bottom, right] for a square window over the step's input image. */
    private static int[] pads(LayerPlan.Step step, String padding, int window, int stride, int dilation) {
        int[] rows = LayerPlan.pads(padding, step.in().dim(0), window, stride, dilation);
        int[] cols = LayerPlan.pads(padding, step.in().dim(1), window, stride, dilation);
        return new int[] {rows[0], cols[0], rows[1], cols[1]};
    }

    /** A Dense or Conv2D layer's activation; the layer's value is named after the layer either way. */
    private Value activation(LayerPlan.Step step, Value linear) {
        ActivationFunction f = step.activation();
        if (f == ActivationFunction.LINEAR) {
            return linear;
        }
        OnnxActivations.emit(graph, step.id() + "/" + f.id(), step.id(), f, linear.name());
        return same(linear, step.id());
    }

    /** The tensor a weighted layer's main node writes: the layer's own name unless an activation follows. */
    private static String output(LayerPlan.Step step) {
        return step.activation() == ActivationFunction.LINEAR ? step.id() : step.id() + "/linear";
    }

    /** A parameter as it is in the engine's layout. */
    private String weight(String name) {
        Tensor t = bundle.tensors().get(name);
        return graph.initializer(name, t.shape(), t.values());
    }

    /** The step's inputs in the layout it needs; Add and Concatenate bring theirs to their first input's. */
    private List<Value> inputs(LayerPlan.Step step) {
        Layout needed = Layout.neededBy(step);
        List<Value> in = new ArrayList<>();
        for (String from : step.inputs()) {
            Value v = values.get(from);
            Layout target = needed != null ? needed : in.isEmpty() ? v.layout() : in.get(0).layout();
            in.add(inLayout(v, target));
        }
        return in;
    }

    private Value inLayout(Value v, Layout layout) {
        if (v.layout() == layout || v.rank() <= 2) {
            return v;
        }
        String suffix = layout == Layout.CHANNELS_FIRST ? "channels_first" : "channels_last";
        return transposed.computeIfAbsent(v.name() + "|" + layout, key -> new Value(graph.node("Transpose", v.name() + "/to_" + suffix,
                v.name() + "/" + suffix, List.of(v.name()), ints("perm", layout.permutation(v.rank()))), v.rank(), layout));
    }

    private static Value same(Value like, String name) {
        return new Value(name, like.rank(), like.layout());
    }
}
