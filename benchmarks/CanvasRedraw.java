import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.Project;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.Styles;
import org.neurocanvas.ui.editor.CanvasGeometry;
import org.neurocanvas.ui.editor.CanvasView;
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.editor.NodeView;

/**
 * How fast the canvas redraws a 300-layer network (Dense and Dropout in a serpentine of 20
 * columns) on a canvas of 1400 x 900, or {@code -Dwidth} x {@code -Dheight} (in the app's own
 * 1400 x 900 window, between the palette, the inspector and the dashboard, the canvas is about
 * 830 x 470): for a pan, a zoom (continuous, and a wheel step from rest) and a card drag, the time
 * of one frame from the gesture's step to the frame on the screen, through JavaFX's own pulse (CSS, layout, render;
 * 16.7 ms is a frame at 60 Hz); then the same for an edit, shape inference included. Each frame is
 * timed on its own, so a busy machine shows in the spread more than in the median, and the worst frame
 * shows a hitch. Timing starts once the window is at rest. The pan is also timed with
 * the cards and wires hidden: the floor that repainting the whole view costs before any card is drawn.
 * Needs a display; run after `mvn -B package -DskipTests`:
 * {@code Xvfb :95 -screen 0 1600x1000x24 & DISPLAY=:95 java -cp "target/classes:target/lib/*" benchmarks/CanvasRedraw.java}
 */
public class CanvasRedraw extends Application {

    private static final int LAYERS = 300;
    private static final int COLUMNS = 20;
    private static final int WARM_UP = 20;
    private static final int FRAMES = Integer.getInteger("frames", 60);
    private static final String GESTURE = System.getProperty("gesture", "");
    private static final int WIDTH = Integer.getInteger("width", 1400);
    private static final int HEIGHT = Integer.getInteger("height", 900);

    private Scene scene;
    private CanvasView canvas;
    private EditorModel editor;

    public static void main(String[] args) {
        Application.launch(CanvasRedraw.class, args);
    }

    @Override
    public void start(Stage stage) {
        DocumentSession session = new DocumentSession(network(), null);
        editor = new EditorModel(session, s -> { });
        canvas = new CanvasView(editor);
        scene = new Scene(new BorderPane(canvas), WIDTH, HEIGHT);
        scene.getStylesheets().add(Styles.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        Thread run = new Thread(() -> {
            try {
                measure();
            } finally {
                Platform.exit();
            }
        }, "benchmark");
        run.setDaemon(true);
        run.start();
    }

    // Input, then 300 Dense and Dropout layers wired in a chain, then Output, laid out left to right in rows.
    private static Project network() {
        CommandStack s = new CommandStack(Project.empty());
        String previous = "input_1";
        for (int i = 0; i < LAYERS; i++) {
            int row = (i + 1) / COLUMNS;
            int column = (i + 1) % COLUMNS;
            AddLayer add = new AddLayer(s.project().graph(), i % 3 == 1 ? Catalog.DROPOUT : Catalog.DENSE,
                    30 + 200 * (row % 2 == 0 ? column : COLUMNS - 1 - column), 30 + 160 * row, previous);
            s.execute(add);
            previous = add.layerId();
        }
        s.execute(new ChangeSetting(previous, "units", 3));
        s.execute(new Connect(previous, "output_1"));
        return s.project();
    }

    private void measure() {
        rest();
        onFx(() -> System.out.printf("%d layers, %d wires, %d nodes in the scene; prism %s; canvas %d x %d; load average %s%n",
                editor.graph().nodes().size(), editor.graph().edges().size(), count(scene.getRoot()),
                com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName(), WIDTH, HEIGHT, loadAverage()));
        if (measures("pan")) {
            // Every step moves the view: a step that changes nothing is never drawn, and the frame it waits for never comes.
            frames("pan (scroll right, 1% a frame)", frame -> canvas.setHvalue((frame % 100 + 1) / 100.0));
        }
        if (measures("floor")) {
            // The same pan over the grid alone: what repainting the view costs here before a card is drawn.
            String hidden = "data:text/css," + URLEncoder.encode(".layer-view, .wire { visibility: hidden; }", StandardCharsets.UTF_8).replace("+", "%20");
            onFx(() -> scene.getStylesheets().add(hidden));
            frames("pan, cards and wires hidden (the floor)", frame -> canvas.setHvalue((frame % 100 + 1) / 100.0));
            onFx(() -> scene.getStylesheets().remove(hidden));
        }
        if (measures("zoom")) {
            // Around the view's centre, as a pinch zooms around the pointer: the view stays over the same cards.
            frames("zoom (1.0 down to 0.5, a step a frame)", frame -> zoomAroundCentre(1 - (frame % 50 + 1) / 100.0));
        }
        if (measures("step")) {
            wheelSteps();
        }
        if (measures("drag")) {
            drag();
        }
        if (measures("edit")) {
            edit();
        }
        onFx(() -> System.out.printf("load average at the end %s%n", loadAverage()));
    }

    // Whether this gesture is measured: all of them, or the one named by -Dgesture (to profile it alone).
    private static boolean measures(String gesture) {
        return GESTURE.isEmpty() || GESTURE.equals(gesture);
    }

    /**
     * Ctrl+wheel, a notch at a time, each from rest: out through the zoom levels and back in. A step's
     * frame carries what a continuous zoom spreads over many, such as cards coming into view.
     */
    private void wheelSteps() {
        onFx(() -> {
            canvas.zoomProperty().set(1);
            canvas.setHvalue(0.5);
            canvas.setVvalue(0.5);
        });
        double[] levels = {0.9, 0.8, 0.67, 0.8, 0.9, 1.0};
        int steps = 4 * levels.length;
        double[] wall = new double[steps];
        long fx = 0;
        long render = 0;
        for (int i = 0; i < steps; i++) {
            double level = levels[i % levels.length];
            waitForRest();
            long[] before = cpu();
            wall[i] = pulses(1, 0, frame -> zoomAroundCentre(level))[0];
            long[] after = cpu();
            fx += after[0] - before[0];
            render += after[1] - before[1];
        }
        report("wheel step from rest (1.0 to 0.67, back)", new Frames(wall, fx / 1e6 / steps, render / 1e6 / steps));
    }

    private void zoomAroundCentre(double scale) {
        Node viewport = canvas.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        canvas.zoomAround(scale, new Point2D(view.getCenterX(), view.getCenterY()));
    }

    private void drag() {
        onFx(() -> {
            canvas.zoomProperty().set(1);
            canvas.setHvalue(0);
            canvas.setVvalue(0);
        });
        settle();
        NodeView[] card = new NodeView[1];
        double[] start = new double[2];
        onFx(() -> {
            // Near the top-left corner, in view on the smallest canvas too.
            card[0] = (NodeView) canvas.lookup("#dense_2");
            Bounds b = card[0].card().localToScene(card[0].card().getLayoutBounds());
            start[0] = b.getCenterX();
            start[1] = b.getCenterY();
            mouse(card[0].card(), MouseEvent.MOUSE_PRESSED, start[0], start[1]);
        });
        // A grid step a frame: cards snap to the grid, so a smaller move would often change nothing.
        frames("drag a card (10 px a frame)", frame -> mouse(card[0].card(), MouseEvent.MOUSE_DRAGGED,
                start[0] + CanvasGeometry.GRID * (frame % 50 + 1), start[1]));
        onFx(() -> {
            mouse(card[0].card(), MouseEvent.MOUSE_RELEASED, start[0], start[1]);
            // The card goes back, still selected: the edit then times a layer in view, selected as in the inspector.
            editor.session().stack().undo();
        });
    }

    /**
     * Runs a gesture one frame at a time through the real pulse: a step in the pulse's animation
     * phase, then JavaFX's own CSS, layout, sync and render of the window. A frame is timed from the
     * step until the renderer reports it drawn; the next step waits for that, so frames never overlap.
     * Steps are sparse (every other pulse at most), so the 60 Hz pulse timer does not cap the figure.
     */
    private void frames(String name, LongConsumer step) {
        report(name, timed(step));
    }

    /** A gesture's frames on the clock, and the CPU time each took on the FX thread and on the renderer's. */
    private record Frames(double[] wall, double fxCpu, double renderCpu) {
    }

    // Warms up, then times FRAMES frames; CPU time stands a busy machine better than the clock.
    private Frames timed(LongConsumer step) {
        pulses(WARM_UP, 0, step);
        long[] before = cpu();
        double[] wall = pulses(FRAMES, WARM_UP, step);
        long[] after = cpu();
        return new Frames(wall, (after[0] - before[0]) / 1e6 / FRAMES, (after[1] - before[1]) / 1e6 / FRAMES);
    }

    private static void report(String name, Frames f) {
        System.out.printf("%-40s frame median %6.2f ms, p90 %6.2f ms, worst %6.1f ms; CPU a frame %5.2f ms (FX %5.2f + render %5.2f)%n", name,
                median(f.wall()), percentile(f.wall(), 0.9), percentile(f.wall(), 1), f.fxCpu() + f.renderCpu(), f.fxCpu(), f.renderCpu());
    }

    // CPU nanoseconds so far of the FX application thread and of the render thread.
    private static long[] cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ns = new long[2];
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("JavaFX Application Thread")) {
                ns[0] = threads.getThreadCpuTime(t.getId());
            } else if (t.getName().startsWith("QuantumRenderer")) {
                ns[1] = threads.getThreadCpuTime(t.getId());
            }
        }
        return ns;
    }

    private double[] pulses(int count, int first, LongConsumer step) {
        double[] times = new double[count];
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong stepped = new AtomicLong();
        AtomicInteger frame = new AtomicInteger();
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        AnimationTimer driver = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stepped.get() == 0 && frame.get() < count) {
                    // From before the step: an edit's command, shape inference and new card texts run in it.
                    long t0 = System.nanoTime();
                    step.accept(first + frame.get());
                    stepped.set(t0);
                }
            }
        };
        // Called on the render thread once the frame is on the screen.
        tracker.setOnRenderedFrameTask(() -> {
            long t0 = stepped.get();
            if (t0 != 0) {
                int k = frame.getAndIncrement();
                times[k] = (System.nanoTime() - t0) / 1e6;
                stepped.set(0);
                if (k == count - 1) {
                    done.countDown();
                }
            }
        });
        onFx(driver::start);
        try {
            if (!done.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("No frame was drawn after step " + (first + frame.get()) + ": a step that changes nothing on the screen is never drawn.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onFx(driver::stop);
        tracker.setOnRenderedFrameTask(null);
        return times;
    }

    /**
     * Waits until the window asks for no more frames, or 15 s: the canvas styles the cards of a network
     * just opened a frame at a time (as a person looks at it), and a gesture timed before then would
     * carry that work too. (Before 30 November, the canvas asked for frames for ever.)
     */
    private void rest() {
        long started = System.nanoTime();
        boolean resting = waitForRest();
        System.out.printf("%s after %.1f s%n", resting ? "at rest" : "still drawing", (System.nanoTime() - started) / 1e9);
    }

    // Whether half a second passed without a pulse before 15 s did.
    private boolean waitForRest() {
        AtomicLong lastPulse = new AtomicLong(System.nanoTime());
        Runnable pulse = () -> lastPulse.set(System.nanoTime());
        onFx(() -> scene.addPostLayoutPulseListener(pulse));
        long started = System.nanoTime();
        while (System.nanoTime() - lastPulse.get() < 500_000_000L && System.nanoTime() - started < 15_000_000_000L) {
            settle();
        }
        onFx(() -> scene.removePostLayoutPulseListener(pulse));
        return System.nanoTime() - lastPulse.get() >= 500_000_000L;
    }

    // Lets a few pulses pass: the board takes the cards near a view just set in the next one.
    private static void settle() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onFx(() -> { });
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    // An edit in the middle of the chain: command, shape inference of all 302 layers, every card's text, layout and render.
    private void edit() {
        // A layer in view: an edit off the view changes nothing on the screen and is rightly not drawn at all.
        Frames edits = timed(run -> editor.changeSetting("dense_2", "units", 32 + (int) (run % 2)));
        double[] analysis = new double[200];
        onFx(() -> {
            for (int i = 0; i < analysis.length; i++) {
                long t0 = System.nanoTime();
                editor.session().project().analyse();
                analysis[i] = (System.nanoTime() - t0) / 1e6;
            }
        });
        report("edit a setting -> canvas redrawn", edits);
        System.out.printf("%-40s median %6.3f ms%n", "shape inference alone (Analysis)", median(analysis));
    }

    private static void mouse(Node target, javafx.event.EventType<MouseEvent> type, double sceneX, double sceneY) {
        // This constructor takes scene coordinates; delivery turns them into the target's own.
        target.fireEvent(new MouseEvent(type, sceneX, sceneY, sceneX, sceneY, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null));
    }

    private static void onFx(Runnable action) {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
