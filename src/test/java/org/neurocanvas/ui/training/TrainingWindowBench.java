package org.neurocanvas.ui.training;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;
import org.neurocanvas.train.TrainingListener;
import org.neurocanvas.ui.Styles;

/**
 * Throughput of the same {@link Trainer} on the reference MLP (784-256-128-10, ReLU, Adam 1e-3,
 * batch 64, random data), headless and with the training panel attached and shown (charts, the
 * events coalesced onto the FX thread 20 times a second, run record, evaluation at the end). Runs
 * alternate, headless then window, so that the machine's load drifts over both alike; each run has
 * a warm-up epoch and reports the median of its timed epochs. Not a test: run it by hand.
 *
 * <pre>
 * mvn -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt -Dbuild.dir=/tmp/b
 * OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *     -cp "/tmp/b/test-classes:/tmp/b/classes:$(cat /tmp/cp.txt)" org.neurocanvas.ui.training.TrainingWindowBench [pairs] [samples]
 * </pre>
 * Without the three {@code -D} options it uses the real display ({@code DISPLAY}, for example Xvfb).
 */
public final class TrainingWindowBench {

    private static final int BATCH = 64;
    private static final int TIMED_EPOCHS = 3;
    private static final String MLP = """
            {"format": "neurocanvas-project", "version": 1, "name": "reference-mlp",
             "graph": {"nodes": [
               {"id": "input_1", "kind": "Input", "x": 0, "y": 0, "settings": {"shape": "784"}},
               {"id": "dense_1", "kind": "Dense", "x": 0, "y": 0, "settings": {"units": 256, "activation": "relu"}},
               {"id": "dense_2", "kind": "Dense", "x": 0, "y": 0, "settings": {"units": 128, "activation": "relu"}},
               {"id": "dense_3", "kind": "Dense", "x": 0, "y": 0, "settings": {"units": 10, "activation": "linear"}},
               {"id": "output_1", "kind": "Output", "x": 0, "y": 0, "settings": {"loss": "softmax_cross_entropy"}}],
              "edges": [{"from": "input_1", "to": "dense_1"}, {"from": "dense_1", "to": "dense_2"},
                        {"from": "dense_2", "to": "dense_3"}, {"from": "dense_3", "to": "output_1"}]},
             "data": {"source": "mnist-10k"},
             "training": {"optimizer": "adam", "learningRate": 0.001, "batchSize": 64, "epochs": 4, "seed": 1}}
            """;

    private TrainingWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 25_600;
        System.out.println("threads: OMP_NUM_THREADS=" + System.getenv().getOrDefault("OMP_NUM_THREADS", "(unset)")
                + " OMP_WAIT_POLICY=" + System.getenv().getOrDefault("OMP_WAIT_POLICY", "(unset)")
                + " cores=" + Runtime.getRuntime().availableProcessors()
                + " glass=" + System.getProperty("glass.platform", "default"));
        Split data = randomData(samples, 2_000);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try {
            Platform.setImplicitExit(false);
            double[] headless = new double[pairs];
            double[] window = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                ThreadClock cpu = new ThreadClock();
                headless[i] = headless(data);
                report("headless", i, headless[i], cpu);
                cpu = new ThreadClock();
                window[i] = window(data);
                report("window  ", i, window[i], cpu);
            }
            double h = median(headless);
            double w = median(window);
            System.out.printf(Locale.ROOT, "RESULT headless %.0f samples/s, window %.0f samples/s, window/headless %.3f%n", h, w, w / h);
        } finally {
            // The FX thread would keep the JVM alive after a failure.
            Platform.exit();
        }
    }

    /** Fresh network and trainer for each run, as the window and the command line make one. */
    private static Trainer trainer(Split data) throws Exception {
        return new Trainer(Compiler.program(ProjectIO.fromJson(MLP, "reference-mlp")), new Adam(1e-3), data, BATCH,
                1 + TIMED_EPOCHS, 1);
    }

    private static double headless(Split data) throws Exception {
        Trainer trainer = trainer(data);
        EpochClock clock = new EpochClock();
        trainer.addListener(clock);
        trainer.run();
        return clock.samplesPerSecond(data.train().size());
    }

    private static double window(Split data) throws Exception {
        Trainer trainer = trainer(data);
        EpochClock clock = new EpochClock();
        trainer.addListener(clock);
        CountDownLatch ended = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            TrainingPanel panel = new TrainingPanel(() -> new TrainingRun(trainer, data, 1e-3), sentence -> { });
            Scene scene = new Scene(panel, 1400, 340);
            for (String sheet : List.of(Styles.STYLESHEET, TrainingPanel.STYLESHEET)) {
                scene.getStylesheets().add(TrainingPanel.class.getResource(sheet).toExternalForm());
            }
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            panel.monitor().endProperty().addListener((obs, old, end) -> {
                if (end != null) {
                    ended.countDown();
                }
            });
            panel.train();
        });
        if (!ended.await(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The window run did not end within 30 minutes.");
        }
        // Let the end-of-run evaluation finish before the next run is timed.
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            stage[0].close();
            closed.countDown();
        });
        closed.await();
        Thread.sleep(2_000);
        return clock.samplesPerSecond(data.train().size());
    }

    private static void report(String how, int run, double rate, ThreadClock cpu) {
        System.out.printf(Locale.ROOT, "%s run %d: %.0f samples/s; CPU seconds by thread: %s%n", how, run + 1, rate, cpu.spent());
    }

    /** CPU time each thread spent between its creation and {@link #spent}: where the window's cost goes. */
    private static final class ThreadClock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> before = new HashMap<>();

        ThreadClock() {
            for (long id : threads.getAllThreadIds()) {
                before.put(id, threads.getThreadCpuTime(id));
            }
        }

        /** Threads that used more than 0.1 s, busiest first. */
        String spent() {
            Map<String, Double> seconds = new TreeMap<>();
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null) {
                    long used = threads.getThreadCpuTime(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L);
                    seconds.merge(info.getThreadName().replaceAll("-\\d+$", ""), used / 1e9, Double::sum);
                }
            }
            return seconds.entrySet().stream().filter(e -> e.getValue() > 0.1)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
        }
    }

    /** Uniform pixels and random labels: the arithmetic of MNIST without the file. */
    private static Split randomData(int trainSamples, int validationSamples) {
        SplittableRandom random = new SplittableRandom(42);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            names.add(Integer.toString(c));
        }
        Dataset[] sets = new Dataset[2];
        int[] sizes = {trainSamples, validationSamples};
        for (int s = 0; s < 2; s++) {
            float[] x = new float[sizes[s] * 784];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextDouble();
            }
            int[] y = random.ints(sizes[s], 0, 10).toArray();
            sets[s] = new Dataset(s == 0 ? "random train" : "random validation", x, new int[] {784}, y, 10, names);
        }
        return new Split(sets[0], sets[1]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The length of each epoch, validation included, from the trainer's own events. */
    private static final class EpochClock implements TrainingListener {
        private final List<Long> ends = new ArrayList<>();

        @Override
        public void onEvent(TrainingEvent event) {
            if (event instanceof TrainingEvent.EpochEnd) {
                ends.add(System.nanoTime());
            }
        }

        /** Median over the timed epochs; the first epoch warms up. */
        double samplesPerSecond(int samples) {
            double[] seconds = new double[ends.size() - 1];
            for (int i = 1; i < ends.size(); i++) {
                seconds[i - 1] = (ends.get(i) - ends.get(i - 1)) / 1e9;
            }
            return samples / median(seconds);
        }
    }
}
