package org.neurocanvas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.engine.Backend;
import org.neurocanvas.engine.Optimizer;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times training on random data with the real compile path and engine: forward, loss, backward
 * and an Adam step (lr 1e-3) per batch, as PyTorch's and DL4J's peer scripts do. Each model runs
 * one warm-up epoch, then the median of the timed epochs is reported; the last lines are {@code
 * RESULT <model> <rate>} for scripts.
 */
@Command(name = "bench", description = "Time training on random data (Adam, lr 1e-3) and print samples per second.")
final class BenchCommand implements Callable<Integer> {

    /**
     * A benchmark network: layers between Input and Output, drawn as on the canvas, or a sample project shipped in
     * the jar ({@code sample} names it, {@code layers} is then empty). Inputs are uniform in [0, 1), or token ids
     * below {@code vocabulary} when it is positive; labels are class indices below {@code classes}, or the input
     * itself when {@code classes} is 0 (reconstruction).
     */
    private record Model(String id, String description, String inputShape, int batch, int samples, boolean perStep,
                         int vocabulary, int classes, String sample, List<Map.Entry<LayerKind, Map<String, Object>>> layers) {

        /** A chain of layers classifying uniform inputs into as many classes as the last layer has units. */
        static Model chain(String id, String description, String inputShape, int batch, int samples, boolean perStep,
                           List<Map.Entry<LayerKind, Map<String, Object>>> layers) {
            int classes = (int) layers.get(layers.size() - 1).getValue().get("units");
            return new Model(id, description, inputShape, batch, samples, perStep, 0, classes, null, layers);
        }
    }

    private static final List<Model> MODELS = List.of(
            Model.chain("mlp", "MLP 784-256-128-10 ReLU", "784", 64, 60_000, false, List.of(
                    Map.entry(Catalog.DENSE, Map.of("units", 256)),
                    Map.entry(Catalog.DENSE, Map.of("units", 128)),
                    Map.entry(Catalog.DENSE, Map.of("units", 10, "activation", "linear")))),
            Model.chain("cnn", "CNN Conv32-Pool-Conv64-Pool-Dense64-10 on 28x28x1", "28x28x1", 64, 10_000, false, List.of(
                    Map.entry(Catalog.CONV2D, Map.of("filters", 32, "kernel", 3)),
                    Map.entry(Catalog.MAX_POOL2D, Map.of()),
                    Map.entry(Catalog.CONV2D, Map.of("filters", 64, "kernel", 3)),
                    Map.entry(Catalog.MAX_POOL2D, Map.of()),
                    Map.entry(Catalog.FLATTEN, Map.of()),
                    Map.entry(Catalog.DENSE, Map.of("units", 64)),
                    Map.entry(Catalog.DENSE, Map.of("units", 10, "activation", "linear")))),
            Model.chain("tiny", "tiny MLP 2-8-8-2 ReLU, batch 10", "2", 10, 10_000, true, List.of(
                    Map.entry(Catalog.DENSE, Map.of("units", 8)),
                    Map.entry(Catalog.DENSE, Map.of("units", 8)),
                    Map.entry(Catalog.DENSE, Map.of("units", 2, "activation", "linear")))),
            new Model("transformer", "transformer encoder (samples/transformer-encoder.json): 12 tokens, d=32, 4 heads",
                    "12", 32, 2_000, false, 9, 2, "transformer-encoder", List.of()),
            new Model("autoencoder", "conv autoencoder (samples/autoencoder.json): 28x28x1, MSE", "28x28x1", 64, 10_000,
                    false, 0, 0, "autoencoder", List.of()));

    @Option(names = "--models", split = ",", defaultValue = "mlp,cnn,tiny",
            description = "Comma-separated models to time: mlp, cnn, tiny, transformer, autoencoder (default: mlp,cnn,tiny).")
    List<String> models;

    @Option(names = "--epochs", defaultValue = "3", description = "Timed epochs per model, after one warm-up epoch (default: 3).")
    int epochs;

    @Option(names = "--samples",
            description = "Samples per epoch for every model (default: 60,000 MLP, 2,000 transformer, 10,000 the others).")
    Integer samples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Model> chosen = new ArrayList<>();
        for (String id : models) {
            Model m = MODELS.stream().filter(x -> x.id().equals(id.trim())).findFirst().orElse(null);
            if (m == null) {
                err.println("Unknown model '" + id + "': expected mlp, cnn, tiny, transformer or autoencoder.");
                return 2;
            }
            chosen.add(m);
        }
        if (epochs < 1 || samples != null && samples < 1) {
            err.println("Expected at least 1 epoch and 1 sample. Received: epochs=" + epochs + ", samples=" + samples + ".");
            return 2;
        }
        out.println("threads: " + threadSettings());
        out.println("natives: " + Backend.describe());
        out.println("java: " + System.getProperty("java.vm.name") + " " + Runtime.version());
        List<String> results = new ArrayList<>();
        try {
            for (Model m : chosen) {
                double rate = run(m, samples == null ? m.samples() : samples, out);
                results.add(String.format(Locale.ROOT, "RESULT %s %.0f", m.id(), rate));
            }
        } catch (CompileException | ProjectFileException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println("peak memory: " + peakMemory());
        results.forEach(out::println);
        out.flush();
        return 0;
    }

    /** Trains one model for a warm-up and the timed epochs; returns samples/s (steps/s if perStep). */
    private double run(Model m, int sampleCount, PrintWriter out) throws CompileException, ProjectFileException {
        Program program = Compiler.program(project(m));
        Optimizer adam = new Adam(1e-3);
        int steps = Math.max(1, sampleCount / m.batch());
        List<INDArray[]> batches = randomBatches(m, steps);
        double[] seconds = new double[epochs];
        double[] cpuSeconds = new double[epochs];
        for (int e = -1; e < epochs; e++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            double loss = 0;
            for (INDArray[] batch : batches) {
                program.forward(batch[0], true);
                loss = program.loss(batch[1]);
                program.backward();
                adam.step(program.parameters());
            }
            double s = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            if (e >= 0) {
                seconds[e] = s;
                cpuSeconds[e] = cpu;
            }
            String which = e < 0 ? "warm-up" : "epoch " + (e + 1);
            out.println(String.format(Locale.ROOT, "%s %s: %.3f s (%.3f s of CPU), last loss %.4f", m.id(), which, s, cpu, loss));
        }
        double work = m.perStep() ? steps : (double) steps * m.batch();
        double median = median(seconds);
        double rate = work / median;
        out.println(String.format(Locale.ROOT,
                "%s: %s, %,d parameters, %d steps of batch %d: median %.3f s/epoch, %,.0f %s; per CPU-second %,.0f",
                m.id(), m.description(), program.parameterCount(), steps, m.batch(), median, rate,
                m.perStep() ? "steps/s" : "samples/s", work / median(cpuSeconds)));
        return rate;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /**
     * CPU time of the whole process (all threads, native ones included): on a shared machine it moves far less with
     * the other tenants' load than the wall clock does.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static Project project(Model m) throws ProjectFileException {
        if (m.sample() != null) {
            return sample(m.sample());
        }
        CommandStack s = new CommandStack(Project.empty());
        s.execute(new ChangeTraining(s.project().training(), new DataSpec("gaussians", 100, m.classes(), 0.1, 1), "benchmark data"));
        s.execute(new ChangeSetting("input_1", "shape", m.inputShape()));
        String previous = "input_1";
        for (Map.Entry<LayerKind, Map<String, Object>> layer : m.layers()) {
            AddLayer add = new AddLayer(s.project().graph(), layer.getKey(), 0, 0, previous);
            s.execute(add);
            layer.getValue().forEach((k, v) -> s.execute(new ChangeSetting(add.layerId(), k, v)));
            previous = add.layerId();
        }
        s.execute(new Connect(previous, "output_1"));
        return s.project();
    }

    /** A sample project from the jar's {@code samples/} folder. */
    private static Project sample(String name) throws ProjectFileException {
        String resource = "/samples/" + name + ".json";
        try (InputStream in = BenchCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProjectFileException(resource + ": not found on the class path; the jar should hold it.");
            }
            return ProjectIO.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new ProjectFileException(resource + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** Random inputs and labels (see {@link Model}), made once so the timing sees only training. */
    private static List<INDArray[]> randomBatches(Model m, int steps) {
        long[] shape = new long[m.inputShape().split("x").length + 1];
        shape[0] = m.batch();
        String[] dims = m.inputShape().split("x");
        int features = 1;
        for (int i = 0; i < dims.length; i++) {
            shape[i + 1] = Integer.parseInt(dims[i]);
            features *= (int) shape[i + 1];
        }
        SplittableRandom random = new SplittableRandom(42);
        List<INDArray[]> batches = new ArrayList<>();
        for (int b = 0; b < steps; b++) {
            float[] x = new float[m.batch() * features];
            for (int i = 0; i < x.length; i++) {
                x[i] = m.vocabulary() > 0 ? random.nextInt(m.vocabulary()) : (float) random.nextDouble();
            }
            INDArray input = Nd4j.create(x, shape, 'c');
            if (m.classes() == 0) {
                batches.add(new INDArray[] {input, input});
                continue;
            }
            float[] y = new float[m.batch()];
            for (int i = 0; i < y.length; i++) {
                y[i] = random.nextInt(m.classes());
            }
            batches.add(new INDArray[] {input, Nd4j.create(y, new long[] {m.batch()}, 'c')});
        }
        return batches;
    }

    private static String threadSettings() {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("OMP_NUM_THREADS", "OMP_WAIT_POLICY", "OMP_PROC_BIND", "OPENBLAS_NUM_THREADS")) {
            sb.append(name).append('=').append(System.getenv().getOrDefault(name, "(unset)")).append(' ');
        }
        return sb.append("cores=").append(Runtime.getRuntime().availableProcessors())
                .append(" nd4j-threads=").append(Backend.threads()).toString();
    }

    /** The process's peak resident memory where Linux reports it, else the Java heap's peak. */
    private static String peakMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%,d MB resident (VmHWM)", kb / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall back to the heap
        }
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return String.format(Locale.ROOT, "%,d MB Java heap", heap / (1024 * 1024));
    }
}
