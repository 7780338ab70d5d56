package org.neurocanvas.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurocanvas.data.Augmentation;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Scaler;
import org.neurocanvas.data.Split;
import org.neurocanvas.engine.AdaGrad;
import org.neurocanvas.engine.Adadelta;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.engine.Nadam;
import org.neurocanvas.engine.Optimizer;
import org.neurocanvas.engine.Program;
import org.neurocanvas.engine.RmsProp;
import org.neurocanvas.engine.Sgd;
import org.neurocanvas.engine.ElementwiseLoss;
import org.neurocanvas.engine.Loss;
import org.neurocanvas.engine.SoftmaxCrossEntropy;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.model.layers.OutputKind;
import org.neurocanvas.train.LearningRateSchedule;
import org.neurocanvas.train.Trainer;

/**
 * Turns a validated project into what training needs: the engine program (ops in
 * topological order, parameters drawn from the project's seed), the optimiser and the data.
 */
public final class Compiler {

    private static final double SGD_MOMENTUM = 0.9;
    /** PyTorch's default decoupled weight decay for AdamW. */
    private static final double ADAMW_DECAY = 0.01;

    /** The optimiser ids {@link #optimizer} understands. */
    public static final List<String> OPTIMIZERS =
            List.of("adam", "sgd", "sgd_nesterov", "adamw", "nadam", "rmsprop", "adagrad", "adadelta");

    private Compiler() {
    }

    /**
     * Everything a training run needs, built from one project: the network, its optimiser, the
     * split data (already scaled), the scaler fitted on the training split, how training batches
     * are augmented, and sentences about the data to show when training starts (images skipped;
     * see {@link DataPipeline.Prepared#notes()}).
     */
    public record Compiled(Program program, Optimizer optimizer, Split data, Scaler scaler, Augmentation augmentation,
                           List<String> notes) {
    }

    /**
     * Loads the data, then checks the network against what was loaded (an Input of shape
     * {@code auto} takes the samples' shape) and builds it.
     *
     * @throws CompileException the first problem of the data or the graph, as a sentence
     */
    public static Compiled compile(Project project) throws CompileException {
        DataPipeline.Prepared prepared = DataPipeline.prepare(project);
        Dataset train = prepared.split().train();
        Analysis analysis = Analysis.of(project.graph(), train.classes(), new Shape(train.sampleShape()), project.data());
        if (!analysis.isValid()) {
            throw new CompileException("The network cannot be trained yet: " + analysis.problems().get(0));
        }
        Shape input = analysis.layer(analysis.input().orElseThrow().id()).shape();
        if (train.featureCount() != input.size()) {
            throw new CompileException("The data set '" + project.data().source() + "' gives samples of shape "
                    + new Shape(train.sampleShape()).text() + " but the Input layer expects shape " + input.text() + ": set its shape to auto.");
        }
        TokenIds.check(project.graph(), analysis.input().orElseThrow(), prepared.split(), project.data().source());
        if (!train.isClassification()) {
            LayerNode output = analysis.output().orElseThrow();
            Shape predicted = analysis.layer(output.id()).shape();
            if (predicted.size() != train.targetWidth()) {
                throw new CompileException(output.id() + " gives " + predicted.size() + " values per sample but the "
                        + project.data().task() + " targets of '" + project.data().source() + "' have " + train.targetWidth()
                        + ": make the layer before " + output.id() + " give " + train.targetWidth() + " values.");
            }
        }
        return new Compiled(program(project, analysis), optimizer(project.training()), prepared.split(), prepared.scaler(),
                prepared.augmentation(), prepared.notes());
    }

    /**
     * The network alone, without its data: for benchmarks, export and inspection.
     *
     * @throws CompileException the first problem of the graph, as a sentence
     */
    public static Program program(Project project) throws CompileException {
        Analysis analysis = project.analyse();
        if (!analysis.isValid()) {
            throw new CompileException("The network cannot be trained yet: " + analysis.problems().get(0));
        }
        return program(project, analysis, DataType.FLOAT);
    }

    /** The network as engine ops, in float32, with weights drawn from the training seed. */
    static Program program(Project project, Analysis analysis) throws CompileException {
        return program(project, analysis, DataType.FLOAT);
    }

    /** The network in the given precision: float64 serves gradient checks of whole networks. */
    static Program program(Project project, Analysis analysis, DataType type) throws CompileException {
        Program.Builder builder = Program.builder();
        LayerRules rules = new LayerRules(builder, analysis, project.training().seed(), type);
        Map<String, Integer> index = new HashMap<>();
        int outputNode = -1;
        Loss loss = null;
        for (LayerNode node : analysis.order()) {
            List<Edge> in = project.graph().incoming(node.id());
            int[] from = in.stream().mapToInt(e -> index.get(e.from())).toArray();
            if (node.kind() == Catalog.OUTPUT) {
                outputNode = from[0];
                loss = loss(node.textSetting(OutputKind.LOSS));
                index.put(node.id(), outputNode);
            } else {
                index.put(node.id(), rules.add(node, from, in.stream().map(Edge::from).toArray(String[]::new)));
            }
        }
        return builder.build(outputNode, loss);
    }

    /** The engine loss an Output layer names; Huber's threshold is 1, as in Keras and PyTorch. */
    static Loss loss(String id) {
        return switch (id) {
            case OutputKind.SOFTMAX_CROSS_ENTROPY -> new SoftmaxCrossEntropy();
            case OutputKind.BINARY_CROSS_ENTROPY -> ElementwiseLoss.binaryCrossEntropy();
            case OutputKind.MEAN_SQUARED_ERROR -> ElementwiseLoss.meanSquaredError();
            case OutputKind.MEAN_ABSOLUTE_ERROR -> ElementwiseLoss.meanAbsoluteError();
            case OutputKind.HUBER -> ElementwiseLoss.huber(1);
            default -> throw new IllegalArgumentException("Unknown loss '" + id + "': expected one of "
                    + String.join(", ", OutputKind.LOSSES) + ".");
        };
    }

    /**
     * A trainer for a compiled project, set up as its training settings say: augmentation, early
     * stopping with the best weights restored, the learning-rate schedule, L2 penalty, decoupled
     * weight decay and gradient clipping. The window and the command line train through this one
     * set-up, so a project trains the same in both.
     */
    public static Trainer trainer(Compiled compiled, TrainingSpec t) {
        Trainer trainer = new Trainer(compiled.program(), compiled.optimizer(), compiled.data(), t.batchSize(), t.epochs(), t.seed());
        trainer.setAugmentation(compiled.augmentation());
        if (t.patience() > 0) {
            trainer.setEarlyStopping(t.patience(), true);
        }
        trainer.setSchedule(schedule(t));
        trainer.setL2(t.l2());
        trainer.setWeightDecay(t.weightDecay());
        trainer.setGradientClipping(t.clipNorm(), t.clipValue());
        return trainer;
    }

    /** A fresh schedule (reduce-on-plateau keeps state, so each run needs its own). */
    static LearningRateSchedule schedule(TrainingSpec t) {
        return switch (t.schedule()) {
            case "step" -> LearningRateSchedule.step(t.scheduleStep(), t.scheduleFactor());
            case "exponential" -> LearningRateSchedule.exponential(t.scheduleFactor());
            case "cosine" -> LearningRateSchedule.cosine(t.warmupEpochs(), t.epochs());
            case "plateau" -> LearningRateSchedule.reduceOnPlateau(t.scheduleStep(), t.scheduleFactor());
            default -> LearningRateSchedule.constant();
        };
    }

    /** The optimiser the training settings name, at their learning rate. */
    public static Optimizer optimizer(TrainingSpec training) {
        return optimizer(training.optimizer(), training.learningRate());
    }

    /**
     * The optimiser with this id (one of {@link #OPTIMIZERS}) at learning rate {@code lr}, with the
     * defaults Keras and PyTorch share (SGD momentum 0.9, AdamW decay 0.01).
     *
     * @throws IllegalArgumentException naming the unknown id
     */
    public static Optimizer optimizer(String id, double lr) {
        return switch (id) {
            case "sgd" -> new Sgd(lr, SGD_MOMENTUM);
            case "sgd_nesterov" -> new Sgd(lr, SGD_MOMENTUM, true);
            case "adam" -> new Adam(lr);
            case "adamw" -> Adam.adamW(lr, ADAMW_DECAY);
            case "nadam" -> new Nadam(lr);
            case "rmsprop" -> new RmsProp(lr);
            case "adagrad" -> new AdaGrad(lr);
            case "adadelta" -> new Adadelta(lr);
            default -> throw new IllegalArgumentException("Unknown optimizer '" + id + "': expected one of "
                    + String.join(", ", OPTIMIZERS) + ".");
        };
    }
}
