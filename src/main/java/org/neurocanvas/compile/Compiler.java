package org.neurocanvas.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurocanvas.data.BuiltInDataset;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.engine.Activation;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.engine.Dense;
import org.neurocanvas.engine.Initializer;
import org.neurocanvas.engine.Optimizer;
import org.neurocanvas.engine.Program;
import org.neurocanvas.engine.Sgd;
import org.neurocanvas.engine.SoftmaxCrossEntropy;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.model.layers.ActivationKind;
import org.neurocanvas.model.layers.DenseKind;

/**
 * Turns a validated project into what training needs: the engine program (ops in
 * topological order, parameters drawn from the project's seed), the optimiser and the data.
 */
public final class Compiler {

    private static final double SGD_MOMENTUM = 0.9;

    private Compiler() {
    }

    /** Everything a training run needs, built from one project. */
    public record Compiled(Program program, Optimizer optimizer, Split data) {
    }

    /**
     * @throws CompileException the first problem of the graph or data, as a sentence
     */
    public static Compiled compile(Project project) throws CompileException {
        Split split = split(project.data(), project.training());
        Analysis analysis = project.analyse();
        if (!analysis.isValid()) {
            throw new CompileException("The network cannot be trained yet: " + analysis.problems().get(0));
        }
        String inputShape = analysis.layer(analysis.input().orElseThrow().id()).shape().text();
        if (split.train().featureCount() != analysis.layer(analysis.input().orElseThrow().id()).shape().size()) {
            throw new CompileException("The data set '" + project.data().source() + "' gives samples of "
                    + split.train().featureCount() + " features but the Input layer expects " + inputShape + ".");
        }
        return new Compiled(program(project, analysis), optimizer(project.training()), split);
    }

    /** The network as engine ops, in float32, with weights drawn from the training seed. */
    static Program program(Project project, Analysis analysis) throws CompileException {
        Program.Builder builder = Program.builder();
        Map<String, Integer> index = new HashMap<>();
        long seed = project.training().seed();
        int outputNode = -1;
        for (LayerNode node : analysis.order()) {
            List<Edge> in = project.graph().incoming(node.id());
            int from = in.isEmpty() ? -1 : index.get(in.get(0).from());
            int at;
            if (node.kind() == Catalog.INPUT) {
                at = builder.input(node.id());
            } else if (node.kind() == Catalog.DENSE) {
                int fanIn = (int) analysis.layer(in.get(0).from()).shape().size();
                int units = node.intSetting(DenseKind.UNITS);
                ActivationFunction f = ActivationFunction.parse(node.textSetting(DenseKind.ACTIVATION));
                // Each layer draws from its own stream of the seed, so adding a layer elsewhere leaves its weights alone.
                Dense dense = new Dense(node.id(), fanIn, units, DataType.FLOAT,
                        f == ActivationFunction.RELU ? Initializer.HE_UNIFORM : Initializer.GLOROT_UNIFORM,
                        seed * 31 + node.id().hashCode());
                // The layer's own name marks its final value, after the activation, as the canvas shows it.
                boolean linear = f == ActivationFunction.LINEAR;
                at = builder.add(linear ? node.id() : node.id() + "/linear", dense, from);
                if (!linear) {
                    at = builder.add(node.id(), new Activation(f), at);
                }
            } else if (node.kind() == Catalog.ACTIVATION) {
                at = builder.add(node.id(), new Activation(ActivationFunction.parse(node.textSetting(ActivationKind.FUNCTION))), from);
            } else if (node.kind() == Catalog.OUTPUT) {
                at = from;
                outputNode = from;
            } else {
                throw new CompileException(node.id() + ": the engine cannot train " + node.kind().id() + " layers yet.");
            }
            index.put(node.id(), at);
        }
        return builder.build(outputNode, new SoftmaxCrossEntropy());
    }

    /** The optimiser the training settings name, at their learning rate. */
    public static Optimizer optimizer(TrainingSpec training) {
        return switch (training.optimizer()) {
            case "sgd" -> new Sgd(training.learningRate(), SGD_MOMENTUM);
            case "adam" -> new Adam(training.learningRate());
            default -> throw new IllegalArgumentException("Unknown optimizer '" + training.optimizer() + "'.");
        };
    }

    /** Generates the data set and splits it into training and validation parts from the training seed. */
    public static Split split(DataSpec spec, TrainingSpec training) throws CompileException {
        try {
            Dataset all = BuiltInDataset.byId(spec.source()).generate(spec.samples(), spec.classes(), spec.noise(), spec.seed());
            return all.split(training.validationSplit(), training.seed());
        } catch (IllegalArgumentException e) {
            throw new CompileException(e.getMessage());
        }
    }
}
