package org.neurocanvas.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.DropoutKind;
import org.neurocanvas.model.layers.LstmKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.PoolKind;

/**
 * The body of the generated Keras module: the functional-API lines of {@code build()}, one Keras
 * layer per canvas layer under the canvas's name, and the {@code set_weights} lists of {@code
 * load()}. Keras keeps channels last as NeuroCanvas does, so no value is ever transposed.
 */
final class KerasModel {

    /** The kinds the Keras export translates (the newer kinds export to ONNX and PyTorch only, for now). */
    static final Set<LayerKind> EXPORTABLE = Set.of(Catalog.INPUT, Catalog.DENSE, Catalog.ACTIVATION, Catalog.OUTPUT,
            Catalog.FLATTEN, Catalog.DROPOUT, Catalog.CONV2D, Catalog.MAX_POOL2D, Catalog.AVG_POOL2D, Catalog.GLOBAL_AVG_POOL2D,
            Catalog.BATCH_NORM, Catalog.ADD, Catalog.CONCATENATE, Catalog.LSTM);

    final List<String> build = new ArrayList<>();
    final List<String> weights = new ArrayList<>();
    /** Whether {@code build()} uses the module's Scaling layer. */
    boolean usesScaling;

    private final ModelBundle bundle;
    private final PythonNames names = new PythonNames();
    /** Each canvas layer's Python variable, which is also its Keras name. */
    private final Map<String, String> variables = new HashMap<>();
    private String input;
    private String output;

    private KerasModel(ModelBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @throws ModelFileException naming the first layer the Keras export cannot translate
     */
    static KerasModel of(ModelBundle bundle) throws ModelFileException {
        KerasModel model = new KerasModel(bundle);
        for (LayerPlan.Step step : LayerPlan.of(bundle.project(), "Keras", EXPORTABLE)) {
            model.layer(step);
        }
        model.build.add("return keras.Model(inputs=" + model.input + ", outputs=" + model.output + ", name=\""
                + new PythonNames().of(bundle.project().name()) + "\")");
        return model;
    }

    private void layer(LayerPlan.Step step) throws ModelFileException {
        LayerKind kind = step.kind();
        String id = names.of(step.id());
        if (kind == Catalog.INPUT) {
            input = id;
            build.add(id + " = keras.Input(shape=INPUT_SHAPE, " + name(id) + ")");
            variables.put(step.id(), scaled(id));
            return;
        }
        List<String> in = step.inputs().stream().map(variables::get).toList();
        String call = "(" + in.get(0) + ")";
        String layer;
        if (kind == Catalog.DENSE) {
            layer = "layers.Dense(" + step.setting(DenseKind.UNITS) + activation(step) + ", " + name(id) + ")";
        } else if (kind == Catalog.CONV2D) {
            layer = convolution(step, id);
        } else if (kind == Catalog.MAX_POOL2D || kind == Catalog.AVG_POOL2D) {
            // Keras's 'same' average pooling counts only the values inside the image, as the engine does.
            layer = "layers." + (kind == Catalog.MAX_POOL2D ? "MaxPooling2D" : "AveragePooling2D") + "(pool_size=" + step.setting(PoolKind.POOL)
                    + ", strides=" + step.setting(PoolKind.STRIDE) + ", padding=\"" + step.text(PoolKind.PADDING) + "\", " + name(id) + ")";
        } else if (kind == Catalog.GLOBAL_AVG_POOL2D) {
            layer = "layers.GlobalAveragePooling2D(" + name(id) + ")";
        } else if (kind == Catalog.FLATTEN) {
            layer = "layers.Flatten(" + name(id) + ")";
        } else if (kind == Catalog.DROPOUT) {
            layer = "layers.Dropout(" + step.node().doubleSetting(DropoutKind.RATE) + ", " + name(id) + ")";
        } else if (kind == Catalog.BATCH_NORM) {
            layer = "layers.BatchNormalization(momentum=" + step.node().doubleSetting(BatchNormKind.MOMENTUM) + ", epsilon="
                    + step.node().doubleSetting(BatchNormKind.EPSILON) + ", " + name(id) + ")";
        } else if (kind == Catalog.LSTM) {
            if (step.flag(LstmKind.BIDIRECTIONAL)) {
                throw new ModelFileException("Layer " + step.id() + " reads its sequence both ways, which the Keras export does not support yet: "
                        + "export to ONNX or PyTorch instead, or untick bidirectional.");
            }
            layer = "layers.LSTM(" + step.setting(LstmKind.UNITS)
                    + (LstmKind.SEQUENCE.equals(step.text(LstmKind.RETURNS)) ? ", return_sequences=True" : "") + ", " + name(id) + ")";
        } else if (kind == Catalog.ADD || kind == Catalog.CONCATENATE) {
            call = "([" + String.join(", ", in) + "])";
            layer = kind == Catalog.ADD ? "layers.Add(" + name(id) + ")" : concatenation(step, id);
        } else if (kind == Catalog.ACTIVATION) {
            layer = "layers.Activation(\"" + step.activation().id() + "\", " + name(id) + ")";
        } else {
            output = id;
            layer = head(step, id);
        }
        build.add(id + " = " + layer + call);
        variables.put(step.id(), id);
        KerasWeights w = KerasWeights.of(step);
        if (!w.tensors().isEmpty()) {
            weights.add("\"" + id + "\": [" + w.tensors().stream().map(t -> "arrays[\"" + t + "\"]").collect(Collectors.joining(", "))
                    + "],  # " + w.layout());
        }
    }

    /** The Output layer: class probabilities after softmax, or a regression's values as they are. */
    private String head(LayerPlan.Step step, String id) throws ModelFileException {
        return switch (bundle.head()) {
            case SOFTMAX -> "layers.Softmax(" + name(id) + ")";
            case VALUES -> "layers.Identity(" + name(id) + ")";
            case SIGMOID -> throw new ModelFileException("Layer " + step.id() + " gives one binary cross-entropy logit, which the Keras export "
                    + "does not turn into class probabilities yet: export to ONNX or PyTorch instead.");
        };
    }

    /** The raw input, then the bundle's scaling as a layer of its own when the model has one. */
    private String scaled(String inputId) {
        if (bundle.scaler().scaling() == Scaling.NONE) {
            return inputId;
        }
        usesScaling = true;
        String id = names.of(inputId + "_scaling");
        build.add(id + " = Scaling(INPUT_SHAPE, " + name(id) + ")(" + inputId + ")  # the scaling fitted on the training data");
        weights.add("\"" + id + "\": [arrays[\"scaler/shift\"].reshape(INPUT_SHAPE), arrays[\"scaler/factor\"].reshape(INPUT_SHAPE)],");
        return id;
    }

    private String convolution(LayerPlan.Step step, String id) throws ModelFileException {
        int stride = step.setting(Conv2DKind.STRIDE);
        int dilation = step.setting(Conv2DKind.DILATION);
        if (stride > 1 && dilation > 1) {
            throw new ModelFileException("Layer " + step.id() + " has stride " + stride + " and dilation " + dilation
                    + ", which Keras's Conv2D cannot combine: set one of them to 1 to export it to Keras.");
        }
        return "layers.Conv2D(" + step.setting(Conv2DKind.FILTERS) + ", kernel_size=" + step.setting(Conv2DKind.KERNEL)
                + (stride > 1 ? ", strides=" + stride : "") + ", padding=\"" + step.text(Conv2DKind.PADDING) + "\""
                + (dilation > 1 ? ", dilation_rate=" + dilation : "") + activation(step) + ", " + name(id) + ")";
    }

    /** The canvas counts axes without the batch, Keras with it; negative axes count from the end in both. */
    private static String concatenation(LayerPlan.Step step, String id) {
        int axis = step.setting(MergeKind.AXIS);
        return "layers.Concatenate(axis=" + (axis < 0 ? axis : axis + 1) + ", " + name(id) + ")";
    }

    /** A Dense or Conv2D layer's activation argument; Keras's names and defaults are the engine's (leaky_relu's slope 0.2). */
    private static String activation(LayerPlan.Step step) {
        ActivationFunction f = step.activation();
        return f == ActivationFunction.LINEAR ? "" : ", activation=\"" + f.id() + "\"";
    }

    /** The Keras name argument: the layer's variable, its canvas name wherever that is a Python identifier. */
    private static String name(String id) {
        return "name=\"" + id + "\"";
    }
}
