package org.neurocanvas.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.Scaler;
import org.neurocanvas.engine.Parameter;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.layers.InputKind;

/**
 * A trained model as one file, {@code .ncmodel}: a zip of the project file, every trained
 * parameter and running statistic as a NumPy {@code .npy} array, the input scaling, the class
 * names, optionally the training history, and a manifest with the SHA-256 of every entry.
 *
 * <p>A bundle is an immutable snapshot: {@link #of} copies the network's values, so training may
 * go on while the bundle is written. {@link #read} verifies everything before it returns, and
 * {@link #network()} rebuilds a network that predicts exactly, bit for bit, what the saved one did.
 *
 * <p>Layout of the zip:
 * <pre>
 * manifest.json              format, versions, created, input shape, tensors, SHA-256 of each entry
 * project.json               the project file, as Save writes it
 * classes.json               class names, in the order of the network's outputs
 * scaler.json                the input scaling: {"scaling": "STANDARDIZE", "shift": ..., "factor": ...}
 * scaler/shift.npy           per feature (x - shift) * factor, float32
 * scaler/factor.npy
 * weights/dense_1/W.npy      each tensor in the engine's layout: Dense W [in, out], b [out];
 * weights/conv2d_1/W.npy     Conv2D W [kernel, kernel, in, filters]; BatchNorm gamma, beta,
 * ...                        moving_mean, moving_variance [channels]
 * history.json               optional: loss and accuracy per epoch
 * </pre>
 */
public final class ModelBundle {

    /** The file extension of model bundles. */
    public static final String EXTENSION = ".ncmodel";

    private final String source;
    private final byte[] projectJson;
    private final Project project;
    private final Shape inputShape;
    private final List<String> classNames;
    private final Scaler scaler;
    private final Map<String, Tensor> tensors;
    private final Set<String> trainable;
    private final TrainingHistory history;
    private final String created;
    private final String writtenBy;

    ModelBundle(String source, byte[] projectJson, Project project, Shape inputShape, List<String> classNames, Scaler scaler,
                Map<String, Tensor> tensors, Set<String> trainable, TrainingHistory history, String created, String writtenBy) {
        this.source = source;
        this.projectJson = projectJson.clone();
        this.project = project;
        this.inputShape = inputShape;
        this.classNames = List.copyOf(classNames);
        this.scaler = scaler;
        this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        this.trainable = Set.copyOf(trainable);
        this.history = history;
        this.created = created;
        this.writtenBy = writtenBy;
    }

    /**
     * A snapshot of a trained network, ready to write. Take it when no training step runs on the
     * program (after training, or from a probe between batches): the values are copied as they are.
     *
     * @param project    the project the network was compiled from
     * @param program    the trained network; its parameters and state are copied
     * @param scaler     the scaling fitted on the training data (a NONE scaler when there is none)
     * @param classNames one name per class, in the order of the network's outputs (two for a single
     *                   binary cross-entropy logit; none for a regression or reconstruction)
     * @param history    the figures of each epoch, or null
     * @throws ModelFileException when the project's network is not valid or does not fit the scaler or classes
     */
    public static ModelBundle of(Project project, Program program, Scaler scaler, List<String> classNames, TrainingHistory history)
            throws ModelFileException {
        String source = "Model '" + project.name() + "'";
        Analysis analysis = project.analyse();
        LayerNode input = analysis.input().orElse(null);
        if (input != null && analysis.layer(input.id()).shape() == null) {
            // An Input of shape 'auto' over data known only once read: IDX images keep their height x width x 1, so that
            // other images can be resized for the model; a CSV file's rows are the scaler's width.
            Shape sample = DataPipeline.sampleShape(project).filter(s -> s.size() == scaler.featureCount())
                    .orElse(Shape.vector(scaler.featureCount()));
            analysis = Analysis.of(project.graph(), project.data().knownClasses(), sample);
        }
        if (!analysis.isValid()) {
            throw new ModelFileException(source + " cannot be saved: " + analysis.problems().get(0));
        }
        Shape shape = analysis.layer(analysis.input().orElseThrow().id()).shape();
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        Set<String> trainable = new LinkedHashSet<>();
        for (Parameter p : program.parameters()) {
            tensors.put(p.name(), snapshot(p.name(), p.value()));
            trainable.add(p.name());
        }
        program.state().forEach((name, value) -> tensors.put(name, snapshot(name, value)));
        byte[] json;
        Project copy;
        try {
            json = ProjectIO.toJson(project).getBytes(StandardCharsets.UTF_8);
            copy = pinInput(ProjectIO.fromJson(new String(json, StandardCharsets.UTF_8), EntryNames.PROJECT), shape);
        } catch (ProjectFileException e) {
            throw new ModelFileException(source + " cannot be saved: its project does not convert to a project file (" + e.getMessage() + ").", e);
        }
        BundleNetwork.checkTrained(copy, program, source);
        ModelBundle bundle = new ModelBundle(source, json, copy, shape, classNames, scaler, tensors, trainable, history,
                Instant.now().toString(), NeuroCanvasVersion.current());
        bundle.checkFit();
        return bundle;
    }

    /**
     * Writes a trained network to a bundle file in one go: {@code of(...).writeTo(file)}.
     *
     * @throws ModelFileException a sentence naming what cannot be saved, or the file that cannot be written
     */
    public static void write(Path file, Project project, Program program, Scaler scaler, List<String> classNames,
                             TrainingHistory history) throws ModelFileException {
        of(project, program, scaler, classNames, history).writeTo(file);
    }

    /**
     * Writes this bundle atomically: a temporary file beside {@code file}, then one move.
     *
     * @throws ModelFileException naming the file when it cannot be written
     */
    public void writeTo(Path file) throws ModelFileException {
        BundleWriter.write(this, file);
    }

    /**
     * Reads and verifies a bundle: every entry against its checksum, every tensor against the network.
     *
     * @throws ModelFileException one sentence naming the bundle and the entry at fault
     */
    public static ModelBundle read(Path file) throws ModelFileException {
        ModelBundle bundle = BundleReader.read(file);
        bundle.checkFit();
        bundle.network();
        return bundle;
    }

    /**
     * A fresh network with the bundle's weights, ready to predict ({@code forward(x, false)}). Each
     * call builds a new one, so that threads need not share a network.
     *
     * @throws ModelFileException when a tensor is missing, left over or of the wrong shape
     */
    public Program network() throws ModelFileException {
        return BundleNetwork.build(this);
    }

    /** The scaler and the class names must fit the network's input and its head. */
    private void checkFit() throws ModelFileException {
        if (scaler.featureCount() != inputShape.size()) {
            throw new ModelFileException(source + ": the scaling has " + scaler.featureCount() + " features, but the network's input "
                    + inputShape + " takes " + inputShape.size() + ".");
        }
        long outputs = outputShape().size();
        int expected = switch (head()) {
            case SOFTMAX -> (int) outputs;
            case SIGMOID -> 2;
            case VALUES -> 0;
        };
        if (head() == Head.SIGMOID && outputs != 1) {
            throw new ModelFileException(source + ": binary cross-entropy needs a single score, but the network gives " + outputs + ".");
        }
        if (classNames.size() != expected) {
            throw new ModelFileException(source + ": there are " + classNames.size() + " class names, but the network's "
                    + (head() == Head.VALUES ? "values have none" : "head tells " + expected + " classes apart") + ".");
        }
    }

    /** What predictions make of the network's output: class probabilities, or the values themselves. */
    public Head head() {
        return Head.of(project);
    }

    /** The shape of the network's output for one sample: {@code [classes]}, {@code [1]} for one logit, or the values' shape. */
    public Shape outputShape() {
        Analysis analysis = project.analyse();
        return analysis.layer(analysis.output().orElseThrow().id()).shape();
    }

    /** Gives an Input of shape 'auto' the shape it had when the bundle was written, so the network builds without data. */
    static Project pinInput(Project project, Shape shape) {
        for (LayerNode node : project.graph().nodes()) {
            if (node.kind() == Catalog.INPUT && InputKind.AUTO.equals(node.textSetting(InputKind.SHAPE))) {
                new ChangeSetting(node.id(), InputKind.SHAPE, shape.text()).execute(project);
            }
        }
        return project;
    }

    private static Tensor snapshot(String name, INDArray value) {
        INDArray compact = (value.dataType() == DataType.FLOAT ? value : value.castTo(DataType.FLOAT)).dup('c');
        return new Tensor(name, value.shape(), compact.data().asFloat());
    }

    /** Where the bundle came from, for messages: its file name, or the model's name before it is written. */
    public String source() {
        return source;
    }

    /** The project, with an Input of shape 'auto' pinned to the shape the network was trained on. */
    public Project project() {
        return project;
    }

    /** The bytes of {@code project.json}, as Save wrote them. */
    byte[] projectJson() {
        return projectJson.clone();
    }

    /** The shape of one sample, without the batch: {@code 28x28x1} for greyscale images, HWC. */
    public Shape inputShape() {
        return inputShape;
    }

    /** One name per class, in the order of the network's outputs. */
    public List<String> classNames() {
        return classNames;
    }

    /** The scaling applied to raw samples before the network sees them. */
    public Scaler scaler() {
        return scaler;
    }

    /** Every parameter and state tensor by its engine name, in the network's order. */
    public Map<String, Tensor> tensors() {
        return tensors;
    }

    /** Whether the named tensor is trained by gradient (false for running statistics). */
    public boolean isTrainable(String tensorName) {
        return trainable.contains(tensorName);
    }

    /** The figures of each epoch, when the bundle has them. */
    public Optional<TrainingHistory> history() {
        return Optional.ofNullable(history);
    }

    /** When the bundle was made, as an ISO-8601 instant. */
    public String created() {
        return created;
    }

    /** The version of NeuroCanvas that made the bundle. */
    public String writtenBy() {
        return writtenBy;
    }
}
