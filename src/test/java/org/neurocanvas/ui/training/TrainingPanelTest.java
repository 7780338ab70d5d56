package org.neurocanvas.ui.training;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.RunRecord;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.ui.evaluation.EvaluationView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.neurocanvas.ui.gallery.GallerySamples;
import org.neurocanvas.ui.gallery.GalleryView;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real panel in a headless window, training the spiral sample with the real engine. */
@ExtendWith(ApplicationExtension.class)
class TrainingPanelTest {

    /** Stands in for the theme, which declares the palette on .root. */
    static final String PALETTE = ".root { -nc-accent: #2563eb; -nc-accent-2: #ea580c; -nc-text: #1f2937;"
            + " -nc-text-muted: #6b7280; -nc-surface: #ffffff; -nc-surface-2: #f3f4f6; -nc-border: #d1d5db; -nc-error: #dc2626;"
            + " -nc-class-0: #2563eb; -nc-class-1: #ea580c; -nc-class-2: #16a34a; -nc-class-3: #db2777; -nc-class-4: #7c3aed;"
            + " -nc-class-5: #0891b2; -nc-class-6: #ca8a04; -nc-class-7: #dc2626; -nc-class-8: #475569; -nc-class-9: #65a30d; }";

    private static final String STARTED = "Training: Stop ends the run after the current batch.";

    private final List<String> sentences = new CopyOnWriteArrayList<>();
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    /** What the next click on Train runs; each test sets it. */
    private volatile TrainingRunner runner;
    private TrainingPanel panel;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> fxErrors.add(e));
        panel = new TrainingPanel(() -> runner.prepare(), sentences::add);
        Scene scene = new Scene(panel, 1280, 360);
        scene.getStylesheets().addAll(
                "data:text/css;base64," + Base64.getEncoder().encodeToString(PALETTE.getBytes(StandardCharsets.UTF_8)),
                TrainingPanel.class.getResource(TrainingPanel.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void noExceptionOnTheFxThread() {
        assertEquals(List.of(), fxErrors);
    }

    /** A trainer for the spiral sample, as the main window's runner would compile it. */
    static TrainingRun spiral(int epochs) throws CompileException {
        try {
            Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
            return new TrainingRun(new Trainer(c.program(), c.optimizer(), c.data(), 32, epochs, 1), c.data(),
                    c.optimizer().learningRate());
        } catch (ProjectFileException e) {
            throw new CompileException(e.getMessage());
        }
    }

    /** The spiral with a fifth of its samples held back as a test part. */
    private static TrainingRun spiralWithTestPart() throws CompileException {
        try {
            Project project = ProjectIO.read(Path.of("samples/spiral-mlp.json"));
            new ChangeTraining(project.training(), project.data().withTest(0.2), "hold back a test part").execute(project);
            Compiler.Compiled c = Compiler.compile(project);
            return new TrainingRun(new Trainer(c.program(), c.optimizer(), c.data(), 32, 1, 1), c.data(),
                    c.optimizer().learningRate());
        } catch (ProjectFileException e) {
            throw new CompileException(e.getMessage());
        }
    }

    private void waitUntilStopped() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> !panel.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int size(ObservableList<XYChart.Data<Number, Number>> series) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> series.size()).get();
    }

    private void typeRate(FxRobot robot, TextField field, String text) {
        robot.interact(field::clear);
        robot.clickOn(field).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean hasPoints(ObservableList<XYChart.Data<Number, Number>> series) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> !series.isEmpty()).get();
    }

    @Test
    void trainDrawsTheCurvesAndStopEndsTheRun(FxRobot robot) throws Exception {
        runner = () -> spiral(10_000);
        robot.clickOn("#train");
        assertTrue(panel.runningProperty().get());
        assertTrue(robot.lookup("#train").queryButton().isDisabled(), "Train is off while running");

        ObservableList<XYChart.Data<Number, Number>> trainLoss = panel.lossChart().getData().get(0).getData();
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> hasPoints(trainLoss));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> panel.monitor().paceTextProperty().get().contains("samples/s"));
        assertTrue(panel.monitor().paceTextProperty().get().matches("batch \\d+ / 15 · [\\d,]+ samples/s · [\\d:]+ left"),
                panel.monitor().paceTextProperty().get());
        robot.clickOn("#stop");
        waitUntilStopped();

        assertTrue(sentences.get(sentences.size() - 1).startsWith("Stopped "), sentences::toString);
        assertEquals(sentences.get(sentences.size() - 1), panel.monitor().statusProperty().get());
        assertFalse(robot.lookup("#train").queryButton().isDisabled());
        assertTrue(robot.lookup("#stop").queryButton().isDisabled());
        assertFalse(trainLoss.isEmpty(), "the curves stay after a stop");
    }

    @Test
    void aFinishedRunReportsValidationAccuracyAndTrainStartsAFreshOne(FxRobot robot) throws Exception {
        runner = () -> spiral(3);
        robot.clickOn("#train");
        waitUntilStopped();

        assertEquals(STARTED, sentences.get(0));
        assertTrue(sentences.get(1).matches("Finished 3 epochs: validation accuracy \\d+\\.\\d%\\."), sentences::toString);
        ObservableList<XYChart.Data<Number, Number>> validation = panel.accuracyChart().getData().get(1).getData();
        assertEquals(3, validation.size());
        assertEquals(1.0, panel.monitor().progressProperty().get());

        robot.interact(() -> {
            panel.train();
            assertTrue(validation.isEmpty(), "a new run starts with empty charts");
            assertTrue(panel.lossChart().getData().get(0).getData().isEmpty());
        });
        waitUntilStopped();
        assertEquals(3, validation.size());
        assertEquals(4, sentences.size(), "each run says it started and how it ended");
    }

    @Test
    void aTestPartIsEvaluatedFirstAndTheValidationPartIsAClickAway(FxRobot robot) throws Exception {
        runner = TrainingPanelTest::spiralWithTestPart;
        robot.clickOn("#train");
        waitUntilStopped();
        robot.clickOn("#evaluation-tab");
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> panel.evaluation().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label headline = robot.lookup("." + EvaluationView.HEADLINE).queryAs(Label.class);
        assertTrue(headline.getText().endsWith("on the 120 test samples"), headline::getText);

        robot.clickOn("#evaluate-validation");
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> panel.evaluation().reportProperty().get() != null
                && headline.getText().endsWith("on the 150 validation samples"));
        robot.clickOn("#evaluate-validation");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#evaluate-validation").queryAs(ToggleButton.class).isSelected(), "one part stays chosen");
    }

    @Test
    void whatTheDataSaysAsTheRunStartsGoesToTheStatusBar(FxRobot robot) throws Exception {
        String skipped = "photos: skipped 1 of 9 files, which are not images that decode; the first is dog/broken.png.";
        runner = () -> {
            TrainingRun run = spiral(1);
            return new TrainingRun(run.trainer(), run.data(), run.learningRate(), Map.of(), null, List.of(skipped));
        };
        robot.clickOn("#train");
        waitUntilStopped();
        assertTrue(sentences.contains(STARTED + " " + skipped), sentences::toString);
    }

    @Test
    void onImagesTheGalleryTakesTheBoundarysPlaceAndLabelsItsImagesAsTheNetworkLearns(FxRobot robot) throws Exception {
        runner = () -> {
            try {
                Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/digits-cnn.json")));
                return new TrainingRun(new Trainer(c.program(), c.optimizer(), c.data(), 32, 2, 1), c.data(),
                        c.optimizer().learningRate());
            } catch (ProjectFileException e) {
                throw new CompileException(e.getMessage());
            }
        };
        robot.clickOn("#train");
        waitUntilStopped();

        assertTrue(robot.lookup("#gallery").tryQuery().isPresent(), "the gallery shows for 8x8 digits");
        assertTrue(robot.lookup("#boundary").tryQuery().isEmpty(), "the boundary has nothing to draw for images");
        assertEquals(GallerySamples.COUNT, robot.lookup("." + GalleryView.CELL).queryAll().size());
        assertTrue(panel.gallery().summary().matches("\\d+ of 12 right; red: wrong guesses\\."), panel.gallery().summary());

        robot.interact(() -> panel.setSample(new int[] {2}, true));
        assertTrue(robot.lookup("#boundary").tryQuery().isPresent(), "points in the plane bring the boundary back");
    }

    @Test
    void keepTheBestModelWritesItBesideTheProjectAndSaysSo(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("Runs");
        CheckBox keep = robot.lookup("#keep-best").queryAs(CheckBox.class);
        assertTrue(keep.isDisabled(), "a project without a file has nowhere to keep it");
        robot.interact(() -> panel.setProjectFile(dir.resolve("spiral.json")));
        assertEquals("Keep the best model in spiral-best.ncmodel", keep.getText());
        robot.clickOn(keep);
        assertTrue(keep.isSelected());
        Project project = ProjectIO.read(Path.of("samples/spiral-mlp.json"));
        runner = () -> {
            Compiler.Compiled c = Compiler.compile(project);
            return new TrainingRun(new Trainer(c.program(), c.optimizer(), c.data(), 32, 3, 1), c.data(), Double.NaN, Map.of(),
                    program -> ModelBundle.of(project, program, c.scaler(), c.data().train().classNames(), null));
        };
        robot.clickOn("#train");
        waitUntilStopped();

        Path file = dir.resolve("spiral-best.ncmodel");
        assertTrue(Files.exists(file));
        assertTrue(sentences.stream().anyMatch(s -> s.matches("Kept the best model so far, epoch \\d \\(val_loss \\d\\.\\d{4}\\), in spiral-best\\.ncmodel\\.")),
                sentences::toString);
        String ending = sentences.get(sentences.size() - 1);
        assertTrue(ending.matches("Finished 3 epochs: validation accuracy \\d+\\.\\d%\\. Kept the best model, epoch \\d \\(val_loss .*\\), in spiral-best\\.ncmodel\\."),
                ending);
        ModelBundle.read(file);
    }

    @Test
    void deleteRunAsksThenHandsTheRunOverAndCancelKeepsIt(FxRobot robot) {
        RunRecord first = new RunRecord("2026-11-29T08:00:00Z", 3, RunRecord.Outcome.FINISHED, null, 0, Map.of(), List.of(), Map.of());
        RunRecord second = new RunRecord("2026-11-29T09:00:00Z", 4, RunRecord.Outcome.STOPPED, null, 0, Map.of(), List.of(), Map.of());
        List<RunRecord> deleted = new CopyOnWriteArrayList<>();
        List<Integer> asked = new CopyOnWriteArrayList<>();
        AtomicInteger answer = new AtomicInteger(0);
        robot.interact(() -> {
            panel.setOnDeleteRun(deleted::add);
            panel.runs().setConfirmDelete(entry -> {
                asked.add(entry.number());
                return answer.get() == 1;
            });
            panel.runs().show(List.of(first, second));
        });
        robot.clickOn("Runs");
        assertTrue(robot.lookup("#delete-run").queryButton().isDisabled(), "nothing selected, nothing to delete");
        robot.interact(() -> panel.runs().table().getSelectionModel().select(1));
        robot.clickOn("#delete-run");
        assertEquals(List.of(1), asked, "the newest run is listed first; the second row is run 1");
        assertEquals(List.of(), deleted, "Cancel keeps it");
        answer.set(1);
        robot.clickOn("#delete-run");
        assertEquals(List.of(first), deleted);
    }

    @Test
    void aCompileErrorGoesToTheStatusBarAndEndsTheRun(FxRobot robot) throws Exception {
        runner = () -> {
            throw new CompileException("x");
        };
        robot.clickOn("#train");
        waitUntilStopped();

        assertEquals(List.of(STARTED, "x"), sentences);
        assertFalse(panel.runningProperty().get());
        assertTrue(panel.lossChart().getData().get(0).getData().isEmpty());
    }

    @Test
    void trainWhileRunningDoesNothing(FxRobot robot) throws Exception {
        AtomicInteger prepared = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        runner = () -> {
            prepared.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new CompileException("The network has no Output layer.");
        };
        robot.interact(() -> {
            panel.train();
            panel.train();
        });
        robot.clickOn("#train");
        release.countDown();
        waitUntilStopped();

        assertEquals(1, prepared.get());
        assertEquals(List.of(STARTED, "The network has no Output layer."), sentences);
    }

    @Test
    void stopWhilePreparingEndsTheRunBeforeTraining(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        runner = () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return spiral(10_000);
        };
        robot.clickOn("#train");
        robot.clickOn("#stop");
        release.countDown();
        waitUntilStopped();

        assertEquals(List.of(STARTED, "Stopped before the first epoch ended."), sentences);
        assertTrue(panel.lossChart().getData().get(0).getData().isEmpty());
    }

    @Test
    void pauseHoldsTheRunAndANewLearningRateIsMarkedInBothCharts(FxRobot robot) throws Exception {
        runner = () -> spiral(10_000);
        ToggleButton pause = robot.lookup("#pause").queryAs(ToggleButton.class);
        TextField rate = robot.lookup("#learning-rate").queryAs(TextField.class);
        assertTrue(pause.isDisabled(), "nothing to pause without a run");
        robot.clickOn("#train");
        ObservableList<XYChart.Data<Number, Number>> trainLoss = panel.lossChart().getData().get(0).getData();
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> hasPoints(trainLoss));
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> "0.003".equals(WaitForAsyncUtils.asyncFx(() -> rate.getText()).get()));

        robot.clickOn(pause);
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> panel.monitor().pausedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int held = size(trainLoss);
        robot.interact(panel.monitor()::flush);
        robot.interact(panel.monitor()::flush);
        assertEquals(held, size(trainLoss), "no batch trains while paused");
        assertTrue(panel.monitor().epochTextProperty().get().matches("Paused at epoch \\d+"),
                panel.monitor().epochTextProperty()::get);
        assertEquals("Paused: Resume continues from the next batch.", sentences.get(sentences.size() - 1));
        assertEquals("Resume", pause.getText());

        robot.clickOn(pause);
        assertFalse(panel.monitor().pausedProperty().get());
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> size(trainLoss) > held);

        typeRate(robot, rate, "abc");
        assertEquals("Learning rate must be a number above 0 and at most 10, found 'abc'.", sentences.get(sentences.size() - 1));
        assertEquals("0.003", rate.getText(), "a refused rate reverts");
        assertTrue(panel.monitor().rateChanges().isEmpty());

        typeRate(robot, rate, "0.05");
        assertEquals(1, panel.monitor().rateChanges().size());
        assertEquals(0.05, panel.monitor().rateChanges().get(0).rate());
        assertEquals(1, panel.lossChart().lookupAll("." + MarkedChart.MARKER).size());
        assertEquals(1, panel.accuracyChart().lookupAll("." + MarkedChart.MARKER).size());
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> panel.rateChart().isVisible()).get());

        robot.clickOn("#stop");
        waitUntilStopped();
        assertTrue(sentences.get(sentences.size() - 1).startsWith("Stopped "), sentences::toString);
        assertTrue(pause.isDisabled());
        assertFalse(pause.isSelected());
        assertTrue(rate.isDisabled());
    }

    @Test
    void stepBatchStartsAHeldRunAndStepsGoOneBatchOrOneEpochAtATime(FxRobot robot) throws Exception {
        runner = () -> spiral(10_000);
        javafx.scene.control.Button stepBatch = robot.lookup("#step-batch").queryButton();
        javafx.scene.control.Button stepEpoch = robot.lookup("#step-epoch").queryButton();
        assertFalse(stepBatch.isDisabled(), "a step may start a run");
        robot.clickOn(stepBatch);
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> panel.monitor().pausedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        ObservableList<XYChart.Data<Number, Number>> trainLoss = panel.lossChart().getData().get(0).getData();
        assertEquals(1, size(trainLoss), "one batch trained, then the run holds");
        // The spiral sample trains 450 points in batches of 32: 15 batches an epoch.
        assertEquals(1.0 / 15, trainLoss.get(0).getXValue().doubleValue(), 1e-9);
        assertEquals("Resume", robot.lookup("#pause").queryAs(ToggleButton.class).getText());

        robot.clickOn(stepBatch);
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> size(trainLoss) == 2);
        robot.clickOn(stepEpoch);
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> panel.monitor().validationLoss().size() == 1);
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> panel.monitor().pausedProperty().get()
                && WaitForAsyncUtils.asyncFx(() -> panel.monitor().epochTextProperty().get()).get().equals("Paused at epoch 1"));
        robot.interact(panel.monitor()::flush);
        assertTrue(ChartSeries.lastX(trainLoss) <= 1.0, "the epoch step holds where the epoch ends");
        assertEquals(1, panel.monitor().validationLoss().size());

        robot.clickOn("#pause");
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> stepBatch.isDisabled()).get());
        assertTrue(stepEpoch.isDisabled(), "no step while batches run");
        robot.clickOn("#stop");
        waitUntilStopped();
        assertFalse(stepBatch.isDisabled());
    }

    @Test
    void aShortRunShadesTheGapChartsTheRateSwitchesToLogAndSavesAPicture(FxRobot robot) throws Exception {
        runner = () -> spiral(3);
        robot.clickOn("#train");
        waitUntilStopped();

        javafx.scene.shape.Polygon gap = (javafx.scene.shape.Polygon) panel.lossChart().lookup("." + MarkedChart.GAP);
        assertEquals(2 * 2 * 3, gap.getPoints().size(), "three validation epochs: three corners along each curve");
        assertFalse(panel.monitor().learningRate().isEmpty(), "the learning rate of the run is kept for the strip");
        assertFalse(panel.rateChart().isVisible(), "a constant rate needs no strip of its own");
        assertTrue(panel.rateChart().getData().get(0).getData().isEmpty(), "hidden, the strip holds no points to lay out");

        robot.clickOn("#log-scale");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.ValueAxis<Number> y = (javafx.scene.chart.ValueAxis<Number>) panel.lossChart().getYAxis();
        List<String> labels = y.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText()).filter(t -> !t.equals("loss")).toList();
        assertFalse(labels.isEmpty());
        // Powers of ten, and over two decades or less 2 and 5 times them.
        assertTrue(labels.stream().allMatch(l -> l.matches("0\\.0*[125]|[125]0*")), labels::toString);

        Path png = java.nio.file.Files.createTempFile("loss", ".png");
        robot.interact(() -> new ChartExport(sentences::add).writePng(panel.lossChart(), png));
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(Math.round(2 * panel.lossChart().getWidth()), picture.getWidth(), 1, "twice its size on screen");
        assertEquals("Saved the picture to " + png.getFileName() + ".", sentences.get(sentences.size() - 1));
    }

    @Test
    void aRunWithoutClassesShowsASentenceInsteadOfTheAccuracyChart(FxRobot robot) {
        javafx.scene.control.Label none = robot.lookup("#no-accuracy").queryAs(javafx.scene.control.Label.class);
        assertFalse(none.isVisible());
        robot.interact(() -> {
            panel.monitor().reset();
            panel.monitor().onEvent(new org.neurocanvas.train.TrainingEvent.BatchEnd(1, 5, 1, 10, 0.2, Double.NaN, 0.001));
            panel.monitor().flush();
        });
        assertTrue(none.isVisible());
        assertFalse(panel.accuracyChart().isVisible());
    }
}
