package org.neurocanvas.export;

import static org.neurocanvas.export.OnnxGraph.integer;
import static org.neurocanvas.export.OnnxGraph.ints;
import static org.neurocanvas.export.OnnxGraph.real;
import static org.neurocanvas.export.OnnxGraph.text;

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
import org.neurocanvas.model.layers.EmbeddingKind;
import org.neurocanvas.model.layers.LayerNormKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.PoolKind;
import org.neurocanvas.model.layers.PositionalEncodingKind;
import org.neurocanvas.model.layers.UpSampling2DKind;
import org.neurocanvas.model.layers.ZeroPadding2DKind;

/**
 * Translates a bundle's network into ONNX nodes, layer by layer. Each layer's main node carries the
 * layer's canvas name and so does the tensor holding its value; helper nodes add a suffix
 * ({@code conv2d_1/relu}, {@code input_1/to_channels_first}). Initialisers keep the engine's
 * parameter names where ONNX takes the engine's layout; convolution kernels are transposed to
 * ONNX's (see {@link OnnxConvolutions}), recurrent and attention layers have their own classes.
 */
final class OnnxNetwork {

    /** The graph output of a classifier: per-class probabilities. */
    static final String PROBABILITIES = "probabilities";
    /** The graph output of a regression or reconstruction: the predicted values. */
    static final String VALUES = "values";

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
     * The graph of the bundle's network, from raw NHWC (or flat) samples to its head's output.
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
            String w = weight(id + "/W");
            String b = weight(id + "/b");
            // Gemm takes matrices only; on a sequence the product runs over the last axis of every step.
            String linear = x.rank() == 2 ? graph.node("Gemm", id, output(step), List.of(x.name(), w, b))
                    : graph.node("Add", id, output(step), List.of(graph.node("MatMul", id + "/matmul", id + "/product", List.of(x.name(), w)), b));
            return activation(step, new Value(linear, x.rank(), Layout.CHANNELS_LAST));
        } else if (kind == Catalog.CONV2D || kind == Catalog.CONV1D || kind == Catalog.CONV2D_TRANSPOSE || kind == Catalog.DEPTHWISE_CONV2D) {
            return activation(step, same(x, OnnxConvolutions.emit(graph, bundle, step, x.name(), output(step))));
        } else if (kind == Catalog.MAX_POOL2D || kind == Catalog.AVG_POOL2D) {
            String op = kind == Catalog.MAX_POOL2D ? "MaxPool" : "AveragePool";
            int pool = step.setting(PoolKind.POOL);
            int stride = step.setting(PoolKind.STRIDE);
            var attributes = new ArrayList<>(List.of(ints("kernel_shape", pool, pool), ints("strides", stride, stride),
                    ints("pads", OnnxConvolutions.pads(step, step.text(PoolKind.PADDING), pool, stride, 1))));
            if (kind == Catalog.AVG_POOL2D) {
                attributes.add(integer("count_include_pad", 0)); // the engine divides by the values inside the image
            }
            return same(x, graph.node(op, id, id, List.of(x.name()), attributes.toArray(AttributeProto[]::new)));
        } else if (kind == Catalog.GLOBAL_AVG_POOL2D || kind == Catalog.GLOBAL_MAX_POOL2D) {
            String op = kind == Catalog.GLOBAL_AVG_POOL2D ? "ReduceMean" : "ReduceMax";
            return new Value(graph.node(op, id, id, List.of(x.name()), ints("axes", x.layout().positionAxes(x.rank())), integer("keepdims", 0)),
                    2, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.UP_SAMPLING2D) {
            return same(x, upSampling(step, x));
        } else if (kind == Catalog.ZERO_PADDING2D) {
            long p = step.setting(ZeroPadding2DKind.PADDING);
            long[] pads = x.layout() == Layout.CHANNELS_FIRST ? new long[] {0, 0, p, p, 0, 0, p, p} : new long[] {0, p, p, 0, 0, p, p, 0};
            return same(x, graph.node("Pad", id, id, List.of(x.name(), graph.longs(id + "/pads", pads))));
        } else if (kind == Catalog.FLATTEN) {
            return new Value(graph.node("Flatten", id, id, List.of(x.name()), integer("axis", 1)), 2, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.DROPOUT) {
            return same(x, graph.node("Identity", id, id, List.of(x.name()))); // inference passes everything through
        } else if (kind == Catalog.BATCH_NORM) {
            return same(x, graph.node("BatchNormalization", id, id, List.of(x.name(), weight(id + "/gamma"), weight(id + "/beta"),
                    weight(id + "/moving_mean"), weight(id + "/moving_variance")), real("epsilon", (float) step.number(BatchNormKind.EPSILON))));
        } else if (kind == Catalog.LAYER_NORM) {
            return same(x, graph.node("LayerNormalization", id, id, List.of(x.name(), weight(id + "/gamma"), weight(id + "/beta")),
                    integer("axis", -1), real("epsilon", (float) step.number(LayerNormKind.EPSILON))));
        } else if (kind == Catalog.ADD) {
            return same(x, graph.node(in.size() == 2 ? "Add" : "Sum", id, id, in.stream().map(Value::name).toList()));
        } else if (kind == Catalog.MULTIPLY) {
            String product = x.name();
            for (int i = 1; i < in.size(); i++) {
                String name = i == in.size() - 1 ? id : id + "/" + i;
                product = graph.node("Mul", name, name, List.of(product, in.get(i).name()));
            }
            return same(x, product);
        } else if (kind == Catalog.CONCATENATE) {
            int axis = step.setting(MergeKind.AXIS);
            int arrayAxis = axis < 0 ? x.rank() + axis : axis + 1;
            return same(x, graph.node("Concat", id, id, in.stream().map(Value::name).toList(),
                    integer("axis", x.layout().axis(arrayAxis, x.rank()))));
        } else if (kind == Catalog.ACTIVATION) {
            return same(x, OnnxActivations.emit(graph, id, id, step.activation(), x.name()));
        } else if (kind == Catalog.EMBEDDING) {
            // Ids arrive as floats, as every batch does; the engine rounds them to the nearest id.
            String rounded = graph.node("Round", id + "/round", id + "/rounded", List.of(x.name()));
            String ids = graph.node("Cast", id + "/ids", id + "/ids", List.of(rounded), integer("to", 7));
            return new Value(graph.node("Gather", id, id, List.of(weight(id + "/embeddings"), ids), integer("axis", 0)), 3, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.POSITIONAL_ENCODING) {
            return same(x, graph.node("Add", id, id, List.of(x.name(), positions(step))));
        } else if (kind == Catalog.MULTI_HEAD_ATTENTION) {
            return same(x, OnnxAttention.emit(graph, bundle, step, x.name()));
        } else if (kind == Catalog.LSTM || kind == Catalog.GRU || kind == Catalog.SIMPLE_RNN) {
            return new Value(OnnxRecurrent.emit(graph, bundle, step, x.name()), step.shape().rank() + 1, Layout.CHANNELS_LAST);
        }
        return head(step, x);
    }

    /** The Output layer: softmax probabilities, [1 - p, p] of a single sigmoid logit, or the values as they are. */
    private Value head(LayerPlan.Step step, Value x) {
        String id = step.id();
        Head head = bundle.head();
        if (head == Head.VALUES) {
            graph.output(VALUES, step.shape().dims());
            return same(x, graph.node("Identity", id, VALUES, List.of(x.name())));
        }
        graph.output(PROBABILITIES, new int[] {bundle.classNames().size()});
        if (head == Head.SOFTMAX) {
            return same(x, graph.node("Softmax", id, PROBABILITIES, List.of(x.name()), integer("axis", 1)));
        }
        String p = graph.node("Sigmoid", id + "/sigmoid", id + "/p", List.of(x.name()));
        String q = graph.node("Sub", id + "/complement", id + "/one_minus_p", List.of(graph.scalar(id + "/one", 1f), p));
        return same(x, graph.node("Concat", id, PROBABILITIES, List.of(q, p), integer("axis", 1)));
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

    /** Nearest-neighbour Resize by whole factors on height and width: each pixel repeats, as the engine's UpSampling2D. */
    private String upSampling(LayerPlan.Step step, Value x) {
        String id = step.id();
        float s = step.setting(UpSampling2DKind.SIZE);
        float[] scales = x.layout() == Layout.CHANNELS_FIRST ? new float[] {1, 1, s, s} : new float[] {1, s, s, 1};
        return graph.node("Resize", id, id, List.of(x.name(), "", graph.initializer(id + "/scales", new long[] {4}, scales)),
                text("mode", "nearest"), text("coordinate_transformation_mode", "asymmetric"), text("nearest_mode", "floor"));
    }

    /** The table a positional encoding adds, [steps, dimension]: the learned one, or the engine's sines and cosines. */
    private String positions(LayerPlan.Step step) {
        String id = step.id();
        if (PositionalEncodingKind.LEARNED.equals(step.text(PositionalEncodingKind.TYPE))) {
            return weight(id + "/embeddings");
        }
        int steps = step.in().dim(0);
        int dimension = step.in().dim(1);
        float[] table = new float[steps * dimension];
        for (int s = 0; s < steps; s++) {
            for (int f = 0; f < dimension; f++) {
                // The engine's formula, in double and then rounded to float32, as the engine does.
                double angle = s / Math.pow(10_000, (f - f % 2) / (double) dimension);
                table[s * dimension + f] = (float) (f % 2 == 0 ? Math.sin(angle) : Math.cos(angle));
            }
        }
        return graph.initializer(id + "/table", new long[] {steps, dimension}, table);
    }

    /** A layer's activation, after its linear part; the layer's value is named after the layer either way. */
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
        return graph.initializer(bundle.tensors().get(name));
    }

    /** The step's inputs in the layout it needs; the merges bring theirs to their first input's. */
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
