package org.neurocanvas.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.data.Scaler;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.engine.Parameter;
import org.neurocanvas.engine.Program;
import org.neurocanvas.engine.SoftmaxCrossEntropy;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.layers.EmbeddingKind;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;

/** Sample projects with weights, scalings and inputs drawn at random, and the engine's own predictions for them. */
final class TestModels {

    /** The samples the exports are checked on; fashion-mnist-cnn needs a data set that may not be installed. */
    static final List<String> SAMPLES = List.of("spiral-mlp", "iris-mlp", "digits-cnn", "lenet5", "mnist-cnn", "keras-cifar-cnn");

    private TestModels() {
    }

    static Project sample(String name) throws Exception {
        return ProjectIO.read(Path.of("samples", name + ".json"));
    }

    /**
     * A bundle of the project's network with every parameter and running statistic drawn at random
     * (biases and statistics too, which start as zeros and ones), and a random scaling of the
     * project's kind.
     */
    static ModelBundle randomBundle(Project project, long seed) throws Exception {
        Program program = Compiler.program(project);
        SplittableRandom random = new SplittableRandom(seed);
        for (Parameter p : program.parameters()) {
            randomize(p.name(), p.value(), random);
        }
        program.state().forEach((name, value) -> randomize(name, value, random));
        int width = (int) inputShape(project).size();
        Scaling scaling = switch (project.data().scaling()) {
            case "minmax" -> Scaling.MIN_MAX;
            case "standardize" -> Scaling.STANDARDIZE;
            default -> Scaling.NONE;
        };
        float[] shift = new float[width];
        float[] factor = new float[width];
        Arrays.fill(factor, 1f);
        if (scaling != Scaling.NONE) {
            for (int j = 0; j < width; j++) {
                shift[j] = (float) random.nextDouble(-0.5, 0.5);
                factor[j] = (float) random.nextDouble(0.5, 2);
            }
        }
        return ModelBundle.of(project, program, new Scaler(scaling, shift, factor), classNamesFor(project), null);
    }

    /** The class names a bundle of the project takes: one per score, two for a single sigmoid logit, none for values. */
    static List<String> classNamesFor(Project project) {
        return switch (Head.of(project)) {
            case SOFTMAX -> classNames(outputs(project));
            case SIGMOID -> classNames(2);
            case VALUES -> List.of();
        };
    }

    /**
     * A sample with another head: its last Dense layer ({@code dense}) gets {@code units} and the
     * Output layer the loss, as a person would set them in the inspector; for binary
     * cross-entropy a generated data set makes 2 classes.
     */
    static Project withHead(String sample, String dense, int units, String loss) throws Exception {
        String json = Files.readString(Path.of("samples", sample + ".json"));
        Project project = ProjectIO.fromJson("binary_cross_entropy".equals(loss) ? json.replace("\"classes\": 3", "\"classes\": 2") : json,
                sample + ".json");
        CommandStack stack = new CommandStack(project);
        stack.execute(new ChangeSetting(dense, "units", units));
        stack.execute(new ChangeSetting("output_1", "loss", loss));
        return project;
    }

    private static void randomize(String name, INDArray value, SplittableRandom random) {
        double[] v = new double[(int) value.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = name.endsWith("/moving_variance") ? random.nextDouble(0.5, 1.5)
                    : name.endsWith("/gamma") ? random.nextDouble(0.7, 1.3)
                    : name.endsWith("/W") ? value.getDouble(i) * random.nextDouble(0.8, 1.2)
                    : random.nextGaussian() * 0.1;
        }
        value.assign(Nd4j.create(v, value.shape(), value.dataType()));
    }

    static org.neurocanvas.model.Shape inputShape(Project project) {
        Analysis a = project.analyse();
        return a.layer(a.input().orElseThrow().id()).shape();
    }

    static int outputs(Project project) {
        Analysis a = project.analyse();
        return a.layer(a.output().orElseThrow().id()).shape().dim(0);
    }

    static List<String> classNames(int n) {
        return IntStream.range(0, n).mapToObj(i -> "class " + (char) ('A' + i)).toList();
    }

    /** Raw samples in [-1, 2): a little outside what scalings map to [0, 1], as real inputs may be. */
    static float[][] samples(int count, int width, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[count][width];
        for (float[] row : x) {
            for (int j = 0; j < width; j++) {
                row[j] = (float) random.nextDouble(-1, 2);
            }
        }
        return x;
    }

    /** What the engine itself predicts: scale, forward in inference mode, then the head (softmax for these tests). */
    static float[][] enginePredictions(Program program, Scaler scaler, float[][] samples) {
        return SoftmaxCrossEntropy.softmax(outputs(program, scaler, samples)).toFloatMatrix();
    }

    /** The network's raw outputs for raw samples, scaled first, as rows [N, outputs]. */
    static INDArray outputs(Program program, Scaler scaler, float[][] samples) {
        int width = samples[0].length;
        float[] batch = new float[samples.length * width];
        for (int i = 0; i < samples.length; i++) {
            System.arraycopy(samples[i], 0, batch, i * width, width);
        }
        scaler.apply(batch, samples.length);
        INDArray out = program.forward(Nd4j.create(batch, new long[] {samples.length, width}, 'c'), false);
        return out.reshape('c', samples.length, out.length() / samples.length);
    }

    /**
     * Raw samples for a bundle's network: token ids in 0 .. vocabulary - 1 for a network that starts
     * with an Embedding, {@link #samples} otherwise.
     */
    static float[][] inputs(ModelBundle bundle, int count, long seed) {
        int width = (int) bundle.inputShape().size();
        LayerNode embedding = bundle.project().graph().nodes().stream().filter(n -> n.kind() == Catalog.EMBEDDING).findFirst().orElse(null);
        if (embedding == null) {
            return samples(count, width, seed);
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[count][width];
        for (float[] row : x) {
            for (int j = 0; j < width; j++) {
                row[j] = random.nextInt(embedding.intSetting(EmbeddingKind.VOCABULARY));
            }
        }
        return x;
    }

    /** The largest absolute difference between two tables of probabilities of the same size. */
    static double maxDifference(float[][] a, float[][] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return max;
    }
}
