import com.sun.javafx.perf.PerformanceTracker;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The floor of any JavaFX window here: a scene of {@code -Dwidth} x {@code -Dheight} (1400 x 900) that only changes its
 * background each frame, timed as CanvasRedraw times the canvas (from the step to the frame on the screen), three rounds
 * of 100 frames. Needs a display:
 * {@code Xvfb :95 -screen 0 1600x1000x24 & DISPLAY=:95 java -cp "target/classes:target/lib/*" benchmarks/BareFrame.java}
 */
public class BareFrame extends Application {

    private static final int WIDTH = Integer.getInteger("width", 1400);
    private static final int HEIGHT = Integer.getInteger("height", 900);
    private static final int FRAMES = 100;

    private final Region fill = new Region();
    private Scene scene;

    public static void main(String[] args) {
        Application.launch(BareFrame.class, args);
    }

    @Override
    public void start(Stage stage) {
        scene = new Scene(new StackPane(fill), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
        Thread run = new Thread(() -> {
            try {
                Thread.sleep(2000);
                for (int round = 0; round < 3; round++) {
                    System.out.printf("bare %d x %d: frame median %.2f ms%n", WIDTH, HEIGHT, medianFrame());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                Platform.exit();
            }
        }, "benchmark");
        run.start();
    }

    // A step a frame, each waiting for the last frame to reach the screen, as CanvasRedraw does.
    private double medianFrame() throws InterruptedException {
        double[] times = new double[FRAMES];
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong stepped = new AtomicLong();
        AtomicInteger frame = new AtomicInteger();
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        AnimationTimer driver = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stepped.get() == 0 && frame.get() < FRAMES) {
                    long t0 = System.nanoTime();
                    fill.setBackground(Background.fill(frame.get() % 2 == 0 ? Color.web("#f4f6f8") : Color.web("#f5f6f8")));
                    stepped.set(t0);
                }
            }
        };
        tracker.setOnRenderedFrameTask(() -> {
            long t0 = stepped.get();
            if (t0 != 0) {
                int k = frame.getAndIncrement();
                if (k < FRAMES) {
                    times[k] = (System.nanoTime() - t0) / 1e6;
                }
                stepped.set(0);
                if (k == FRAMES - 1) {
                    done.countDown();
                }
            }
        });
        Platform.runLater(driver::start);
        done.await(1, TimeUnit.MINUTES);
        Platform.runLater(driver::stop);
        tracker.setOnRenderedFrameTask(null);
        Arrays.sort(times);
        return times[FRAMES / 2];
    }
}
