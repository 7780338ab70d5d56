package org.neurocanvas.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.DropoutKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.PoolKind;

/**
 * The body of the generated nn.Module: the layers it holds ({@code __init__}), the forward pass,
 * and how each of the bundle's arrays becomes a state-dict entry. Layers keep their canvas names
 * as attributes and variables; values move between NeuroCanvas's channels-last layout and
 * PyTorch's channels-first one only where a layer needs it (see {@link Layout}).
 */
final class PyTorchModule {

    private static final String INDENT = "        ";

    /** A variable of the forward pass: its name, rank with the batch, and where its channels lie. */
    private record Value(String name, int rank, Layout layout) {
    }

    final List<String> init = new ArrayList<>();
    final List<String> forward = new ArrayList<>();
    final List<String> stateDict = new ArrayList<>();
    /** Whether the forward pass calls the helper for average pooling with uneven 'same' padding. */
    boolean usesAveragePoolWithinImage;

    private final ModelBundle bundle;
    private final PythonNames names = new PythonNames();
    private final Map<String, Value> values = new HashMap<>();
    private final Map<String, Value> permuted = new HashMap<>();
    private String logits;

    private PyTorchModule(ModelBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @throws ModelFileException naming the first layer the PyTorch export cannot translate
     */
    static PyTorchModule of(ModelBundle bundle) throws ModelFileException {
        PyTorchModule module = new PyTorchModule(bundle);
        for (LayerPlan.Step step : LayerPlan.of(bundle.project(), "PyTorch")) {
            module.layer(step);
        }
        module.forward.add("return " + module.logits);
        return module;
    }

    private void layer(LayerPlan.Step step) {
        LayerKind kind = step.kind();
        if (kind == Catalog.OUTPUT) {
            logits = inputs(step).get(0).name();
            return;
        }
        String id = names.of(step.id());
        if (kind == Catalog.INPUT) {
            values.put(step.id(), input(step, id));
            return;
        }
        List<Value> in = inputs(step);
        Value x = in.get(0);
        String expression;
        Value result = new Value(id, x.rank(), x.layout());
        if (kind == Catalog.DENSE) {
            init.add("self." + id + " = nn.Linear(" + step.in().size() + ", " + step.setting(DenseKind.UNITS) + ")");
            state(id + ".weight", step.id() + "/W", ".T", "[in, out] -> [out, in]");
            state(id + ".bias", step.id() + "/b", "", null);
            expression = activation(step.activation(), "self." + id + "(" + x.name() + ")");
        } else if (kind == Catalog.CONV2D) {
            expression = activation(step.activation(), convolution(step, id, x));
        } else if (kind == Catalog.MAX_POOL2D || kind == Catalog.AVG_POOL2D) {
            expression = pooling(step, id, x);
        } else if (kind == Catalog.GLOBAL_AVG_POOL2D) {
            expression = x.name() + ".mean(dim=(2, 3))";
            result = new Value(id, 2, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.FLATTEN) {
            init.add("self." + id + " = nn.Flatten()");
            expression = "self." + id + "(" + x.name() + ")";
            result = new Value(id, 2, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.DROPOUT) {
            init.add("self." + id + " = nn.Dropout(p=" + step.node().doubleSetting(DropoutKind.RATE) + ")");
            expression = "self." + id + "(" + x.name() + ")";
        } else if (kind == Catalog.BATCH_NORM) {
            expression = batchNorm(step, id, x);
        } else if (kind == Catalog.ADD) {
            expression = in.stream().map(Value::name).collect(Collectors.joining(" + "));
        } else if (kind == Catalog.CONCATENATE) {
            int axis = step.setting(MergeKind.AXIS);
            int arrayAxis = x.layout().axis(axis < 0 ? x.rank() + axis : axis + 1, x.rank());
            expression = "torch.cat([" + in.stream().map(Value::name).collect(Collectors.joining(", ")) + "], dim=" + arrayAxis + ")";
        } else {
            expression = activation(step.activation(), x.name());
        }
        forward.add(id + " = " + expression);
        values.put(step.id(), result);
    }

    /** The raw batch, scaled by buffers that hold the bundle's shift and factor in the sample's shape. */
    private Value input(LayerPlan.Step step, String id) {
        int rank = step.shape().rank() + 1;
        if (bundle.scaler().scaling() == Scaling.NONE) {
            forward.add(id + " = x");
        } else {
            String shape = Arrays.stream(step.shape().dims()).mapToObj(String::valueOf).collect(Collectors.joining(", "));
            init.add("self.register_buffer(\"scale_shift\", torch.zeros(" + shape + "))");
            init.add("self.register_buffer(\"scale_factor\", torch.ones(" + shape + "))");
            stateDict.add("\"scale_shift\": arrays[\"scaler/shift\"].reshape(" + shape + "),");
            stateDict.add("\"scale_factor\": arrays[\"scaler/factor\"].reshape(" + shape + "),");
            forward.add(id + " = (x - self.scale_shift) * self.scale_factor  # the scaling fitted on the training data");
        }
        return new Value(id, rank, Layout.CHANNELS_LAST);
    }

    private String convolution(LayerPlan.Step step, String id, Value x) {
        int k = step.setting(Conv2DKind.KERNEL);
        int stride = step.setting(Conv2DKind.STRIDE);
        int dilation = step.setting(Conv2DKind.DILATION);
        int[][] pads = pads(step, step.text(Conv2DKind.PADDING), k, stride, dilation);
        boolean even = pads[0][0] == pads[0][1] && pads[1][0] == pads[1][1];
        init.add("self." + id + " = nn.Conv2d(" + step.in().dim(2) + ", " + step.setting(Conv2DKind.FILTERS) + ", kernel_size=" + k
                + ", stride=" + stride + (even && pads[0][0] + pads[1][0] > 0 ? ", padding=(" + pads[0][0] + ", " + pads[1][0] + ")" : "")
                + (dilation > 1 ? ", dilation=" + dilation : "") + ")");
        state(id + ".weight", step.id() + "/W", ".transpose(3, 2, 0, 1)", "[kH, kW, in, out] -> [out, in, kH, kW]");
        state(id + ".bias", step.id() + "/b", "", null);
        return "self." + id + "(" + (even ? x.name() : padded(x.name(), pads, "")) + ")";
    }

    private String pooling(LayerPlan.Step step, String id, Value x) {
        boolean max = step.kind() == Catalog.MAX_POOL2D;
        int pool = step.setting(PoolKind.POOL);
        int stride = step.setting(PoolKind.STRIDE);
        int[][] pads = pads(step, step.text(PoolKind.PADDING), pool, stride, 1);
        boolean even = pads[0][0] == pads[0][1] && pads[1][0] == pads[1][1];
        if (!max && !even) {
            usesAveragePoolWithinImage = true;
            return "average_pool_within_image(" + x.name() + ", " + pool + ", " + stride + ", " + padList(pads) + ")";
        }
        String padding = even && (pads[0][0] > 0 || pads[1][0] > 0) ? ", padding=(" + pads[0][0] + ", " + pads[1][0] + ")" : "";
        init.add("self." + id + " = nn." + (max ? "MaxPool2d" : "AvgPool2d") + "(kernel_size=" + pool + ", stride=" + stride + padding
                + (!max && !padding.isEmpty() ? ", count_include_pad=False" : "") + ")");
        // Max pooling ignores padding: -inf never wins a window.
        return "self." + id + "(" + (even ? x.name() : padded(x.name(), pads, ", value=float(\"-inf\")")) + ")";
    }

    private String batchNorm(LayerPlan.Step step, String id, Value x) {
        double momentum = step.node().doubleSetting(BatchNormKind.MOMENTUM);
        int channels = step.shape().dim(step.shape().rank() - 1);
        // PyTorch's momentum is the weight of the new batch, Keras's and ours that of the running value.
        init.add("self." + id + " = nn.BatchNorm" + (x.rank() == 4 ? "2d" : "1d") + "(" + channels + ", eps=" + step.node().doubleSetting(BatchNormKind.EPSILON)
                + ", momentum=" + (float) (1 - momentum) + ")");
        state(id + ".weight", step.id() + "/gamma", "", null);
        state(id + ".bias", step.id() + "/beta", "", null);
        state(id + ".running_mean", step.id() + "/moving_mean", "", null);
        state(id + ".running_var", step.id() + "/moving_variance", "", null);
        stateDict.add("\"" + id + ".num_batches_tracked\": np.array(0),");
        return "self." + id + "(" + x.name() + ")";
    }

    /** [[top, bottom], [left, right]] of a window over the step's input image. */
    private static int[][] pads(LayerPlan.Step step, String padding, int window, int stride, int dilation) {
        return new int[][] {LayerPlan.pads(padding, step.in().dim(0), window, stride, dilation),
                LayerPlan.pads(padding, step.in().dim(1), window, stride, dilation)};
    }

    /** F.pad's order: the last axis first, (left, right, top, bottom). */
    private static String padList(int[][] pads) {
        return "(" + pads[1][0] + ", " + pads[1][1] + ", " + pads[0][0] + ", " + pads[0][1] + ")";
    }

    /** 'same' padding with the odd pixel after, which nn.Conv2d's symmetric padding cannot express. */
    private static String padded(String x, int[][] pads, String value) {
        return "F.pad(" + x + ", " + padList(pads) + value + ")";
    }

    private void state(String key, String tensor, String transform, String comment) {
        stateDict.add("\"" + key + "\": arrays[\"" + tensor + "\"]" + transform + "," + (comment == null ? "" : "  # " + comment));
    }

    static String activation(ActivationFunction f, String x) {
        return switch (f) {
            case LINEAR -> x;
            case RELU -> "torch.relu(" + x + ")";
            case TANH -> "torch.tanh(" + x + ")";
            case SIGMOID -> "torch.sigmoid(" + x + ")";
            case LEAKY_RELU -> "F.leaky_relu(" + x + ", " + OnnxActivations.LEAKY_RELU_SLOPE + ")";
            case ELU -> "F.elu(" + x + ", " + OnnxActivations.ELU_ALPHA + ")";
            case GELU -> "F.gelu(" + x + ")";
            case SILU -> "F.silu(" + x + ")";
            case SOFTMAX -> "torch.softmax(" + x + ", dim=-1)";
        };
    }

    /** The step's inputs in the layout it needs; Add and Concatenate bring theirs to their first input's. */
    private List<Value> inputs(LayerPlan.Step step) {
        Layout needed = Layout.neededBy(step);
        List<Value> in = new ArrayList<>();
        for (String from : step.inputs()) {
            Value v = values.get(from);
            in.add(inLayout(v, needed != null ? needed : in.isEmpty() ? v.layout() : in.get(0).layout()));
        }
        return in;
    }

    private Value inLayout(Value v, Layout layout) {
        if (v.layout() == layout || v.rank() <= 2) {
            return v;
        }
        return permuted.computeIfAbsent(v.name() + "|" + layout, key -> {
            boolean first = layout == Layout.CHANNELS_FIRST;
            String name = names.of(v.name() + (first ? "_channels_first" : "_channels_last"));
            String perm = Arrays.stream(layout.permutation(v.rank())).mapToObj(String::valueOf).collect(Collectors.joining(", "));
            forward.add(name + " = " + v.name() + ".permute(" + perm + ")  # "
                    + (first ? "channels first, as PyTorch's layers want them" : "channels last again, NeuroCanvas's order"));
            return new Value(name, v.rank(), layout);
        });
    }

    /** Lines indented for a method body. */
    static String indent(List<String> lines) {
        return lines.stream().map(l -> INDENT + l).collect(Collectors.joining("\n"));
    }
}
