import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
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
import org.neurocanvas.ui.editor.CanvasView;
import org.neurocanvas.ui.editor.EditorModel;
import org.neurocanvas.ui.editor.NodeView;

/**
 * How fast the canvas redraws a 300-layer network (Dense and Dropout in a serpentine of 20
 * columns) in a 1400 x 900 window: for a pan, a zoom and a card drag, the cost of one frame,
 * split into the gesture's event with CSS and layout and the render of the window (16.7 ms is a
 * frame at 60 Hz); then the time from an edit to the laid-out canvas, shape inference included.
 * Each frame is timed on its own, so a busy machine shows in the spread more than in the median.
 * Needs a display; run after `mvn -B package -DskipTests`:
 * {@code Xvfb :95 -screen 0 1600x1000x24 & DISPLAY=:95 java -cp "target/classes:target/lib/*" benchmarks/CanvasRedraw.java}
 */
public class CanvasRedraw extends Application {

    private static final int LAYERS = 300;
    private static final int COLUMNS = 20;
    private static final int WARM_UP = 20;
    private static final int FRAMES = 60;

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
        scene = new Scene(new BorderPane(canvas), 1400, 900);
        scene.getStylesheets().add(Styles.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        Thread run = new Thread(this::measure, "benchmark");
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
        onFx(() -> System.out.printf("%d layers, %d wires; prism %s; window 1400 x 900; load average %s%n",
                editor.graph().nodes().size(), editor.graph().edges().size(),
                com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName(), loadAverage()));
        frames("pan (scroll right, 1% a frame)", frame -> canvas.setHvalue((frame % 100) / 100.0));
        frames("zoom (1.0 down to 0.5, a step a frame)", frame -> canvas.zoomProperty().set(1 - (frame % 50) / 100.0));
        onFx(() -> {
            canvas.zoomProperty().set(1);
            canvas.setHvalue(0);
            canvas.setVvalue(0);
        });
        NodeView[] card = new NodeView[1];
        double[] start = new double[2];
        onFx(() -> {
            card[0] = (NodeView) canvas.lookup("#dense_4");
            Bounds b = card[0].card().localToScene(card[0].card().getLayoutBounds());
            start[0] = b.getCenterX();
            start[1] = b.getCenterY();
            mouse(card[0].card(), MouseEvent.MOUSE_PRESSED, start[0], start[1]);
        });
        frames("drag a card (3 px a frame)", frame -> mouse(card[0].card(), MouseEvent.MOUSE_DRAGGED,
                start[0] + 3 * (frame % 50), start[1] + frame % 7));
        onFx(() -> mouse(card[0].card(), MouseEvent.MOUSE_RELEASED, start[0], start[1]));
        edit();
        onFx(() -> System.out.printf("load average at the end %s%n", loadAverage()));
        Platform.exit();
    }

    /**
     * Runs a gesture frame by frame as a pulse would: the step and the layout of the scene (timed),
     * then the CSS of changed nodes and the render of the window (timed: a snapshot goes through the
     * same pipeline as a pulse).
     */
    private void frames(String name, LongConsumer step) {
        for (int i = 0; i < WARM_UP; i++) {
            long frame = i;
            onFx(() -> {
                step.accept(frame);
                scene.snapshot(null);
            });
        }
        double[] layout = new double[FRAMES];
        double[] render = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            int frame = i;
            onFx(() -> {
                long t0 = System.nanoTime();
                step.accept(WARM_UP + frame);
                // A pulse styles only the nodes whose CSS changed, which the snapshot does; applyCss() would restyle all.
                scene.getRoot().layout();
                long t1 = System.nanoTime();
                scene.snapshot(null);
                layout[frame] = (t1 - t0) / 1e6;
                render[frame] = (System.nanoTime() - t1) / 1e6;
            });
        }
        double[] total = new double[FRAMES];
        Arrays.setAll(total, i -> layout[i] + render[i]);
        System.out.printf("%-40s frame median %6.2f ms, p90 %6.2f ms (event+layout median %5.2f ms, CSS+render median %6.2f ms)%n",
                name, median(total), percentile(total, 0.9), median(layout), median(render));
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
        double[] times = new double[40];
        for (int i = 0; i < times.length; i++) {
            int run = i;
            onFx(() -> {
                long t0 = System.nanoTime();
                editor.changeSetting("dense_150", "units", 32 + run % 2);
                scene.snapshot(null);
                times[run] = (System.nanoTime() - t0) / 1e6;
            });
        }
        double[] analysis = new double[200];
        onFx(() -> {
            for (int i = 0; i < analysis.length; i++) {
                long t0 = System.nanoTime();
                editor.session().project().analyse();
                analysis[i] = (System.nanoTime() - t0) / 1e6;
            }
        });
        System.out.printf("%-40s median %6.2f ms, p90 %6.2f ms%n", "edit a setting -> canvas redrawn", median(times), percentile(times, 0.9));
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
