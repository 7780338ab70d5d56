package org.neurocanvas.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.data.KnownDataset;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.Shape;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.editor.EditorModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Import Data…'s dialog in a headless window, on the iris and MNIST files that ship and on an image folder. */
@ExtendWith(ApplicationExtension.class)
class ImportDataWindowTest {

    @TempDir
    static Path folder;

    private final List<String> sentences = new CopyOnWriteArrayList<>();
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Stage stage;
    private EditorModel editor;

    @Start
    void start(Stage stage) throws Exception {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> fxErrors.add(e));
        Path copy = Files.copy(Path.of("samples/iris-mlp.json"), folder.resolve("iris-mlp.json"),
                StandardCopyOption.REPLACE_EXISTING);
        editor = new EditorModel(new DocumentSession(ProjectIO.read(copy), copy), sentences::add);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void noExceptionOnTheFxThread() {
        assertEquals(List.of(), fxErrors);
    }

    private void open(Path chosen) throws Exception {
        Platform.runLater(() -> ImportDataDialog.ask(stage, editor, chosen));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#import-summary").startsWith("Reading")
                && !text("#import-summary").startsWith("Choose"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(String id) {
        return new FxRobot().lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("Reading");
    }

    private static Node button(ButtonType type) {
        return new FxRobot().lookup("#import-data").queryAs(DialogPane.class).lookupButton(type);
    }

    /** Waits until the dialog has read again after a choice changed. */
    private static void waitForSummary(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(text("#import-summary")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAutoInputTakesAnImportedTablesWidthAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> editor.changeSetting("input_1", "shape", "auto"));
        assertEquals(new Shape(4), editor.analysis().layer("input_1").shape(), "the built-in iris set's width");
        StringBuilder table = new StringBuilder("a,b,c,kind\n");
        for (int row = 0; row < 12; row++) {
            table.append(row).append(',').append(row % 5).append(',').append(row * 0.5).append(',').append(row % 3 == 0 ? "x" : "y").append('\n');
        }
        open(Files.writeString(folder.resolve("three.csv"), table));
        robot.clickOn(button(ImportDataDialog.ACCEPT));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("csv", editor.session().project().data().source());
        assertEquals(new Shape(3), editor.analysis().layer("input_1").shape(), "known from the reading, before any training");
        assertNull(editor.analysis().layer("input_1").problem());
        robot.interact(() -> editor.session().stack().undo());
        assertEquals(new Shape(4), editor.analysis().layer("input_1").shape());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTableShowsWhatItHoldsAndAcceptIsOneUndoableEdit(FxRobot robot) throws Exception {
        DataSpec before = editor.session().project().data();
        Path iris = Path.of("samples/data/iris.csv").toAbsolutePath();
        open(iris);
        assertEquals("iris.csv: 150 rows, 5 columns, 3 classes in column 'species'", text("#import-summary"));
        assertEquals("comma-separated, decimal point, header on the first line", text("#import-format"));
        assertEquals("Classes: setosa 50, versicolor 50, virginica 50.", text("#import-classes"));
        assertEquals(5, robot.lookup("#import-columns").queryAs(TableView.class).getItems().size());
        assertEquals(10, robot.lookup("#import-rows").queryAs(TableView.class).getItems().size());
        assertFalse(button(ImportDataDialog.ACCEPT).isDisabled());

        ChoiceBox<String> label = robot.lookup("#import-label").queryAs(ChoiceBox.class);
        robot.interact(() -> label.setValue("petal_width"));
        waitForSummary("iris.csv: could not be read as a CSV or TSV table");
        assertEquals("iris.csv line 2, column 'petal_width': expected a class label (a whole number or a name), found '0.2'.",
                ((Label) robot.lookup("#import-problems").queryAs(VBox.class).getChildren().get(0)).getText());
        assertTrue(button(ImportDataDialog.ACCEPT).isDisabled(), "a file that does not load cannot be accepted");
        assertEquals("Accept waits for data that loads: mend the data, or choose other data, another label column or target.",
                text("#import-verdict"));

        ChoiceBox<String> target = robot.lookup("#import-target").queryAs(ChoiceBox.class);
        robot.interact(() -> target.setValue(ImportDataDialog.NUMBER));
        waitForSummary("iris.csv: 150 rows, 5 columns, regression: numeric target 'petal_width'");
        assertTrue(text("#import-classes").startsWith("Regression: numeric target 'petal_width', from 0.1000 to 2.500"),
                text("#import-classes"));
        robot.clickOn(button(ImportDataDialog.ACCEPT));
        WaitForAsyncUtils.waitForFxEvents();

        DataSpec data = editor.session().project().data();
        assertEquals("csv", data.source());
        assertEquals(iris.toString(), data.path(), "a file outside the project's folder is kept by its whole path");
        assertEquals("petal_width", data.label());
        assertEquals(DataSpec.REGRESSION, data.task());
        robot.interact(() -> editor.session().stack().undo());
        assertEquals(before, editor.session().project().data(), "Undo brings the iris set back");
    }

    @Test
    void idxImagesShowSamplesAndCancelChangesNothing(FxRobot robot) throws Exception {
        DataSpec before = editor.session().project().data();
        open(Path.of("samples/data/mnist-10k-labels-idx1-ubyte.gz"));
        assertEquals("mnist-10k-labels-idx1-ubyte.gz: 10,000 images of 28 × 28, greyscale, 10 classes", text("#import-summary"));
        assertEquals("MNIST-style IDX images and labels, labels from mnist-10k-labels-idx1-ubyte.gz", text("#import-format"));
        assertTrue(text("#import-classes").matches("Classes: 0 [0-9,]+, 1 [0-9,]+, .*, 9 [0-9,]+\\."), text("#import-classes"));
        assertEquals(12, robot.lookup("#import-samples").queryAs(FlowPane.class).getChildren().size());
        assertFalse(button(ImportDataDialog.ACCEPT).isDisabled());
        robot.clickOn(button(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, editor.session().project().data());
        assertFalse(editor.session().stack().canUndo());
    }

    @Test
    void fashionMnistShowsItsGarmentsNotDigits() throws Exception {
        open(Path.of("samples/data/fashion-mnist-t10k-images-idx3-ubyte.gz"));
        assertEquals("Classes: T-shirt/top 1,000, Trouser 1,000, Pullover 1,000, Dress 1,000, Coat 1,000, Sandal 1,000, Shirt 1,000, "
                + "Sneaker 1,000, Bag 1,000, Ankle boot 1,000.", text("#import-classes"));
        FlowPane samples = new FxRobot().lookup("#import-samples").queryAs(FlowPane.class);
        Label caption = (Label) ((VBox) samples.getChildren().get(0)).getChildren().get(1);
        assertTrue(KnownDataset.FASHION_CLASSES.contains(caption.getText()), caption.getText());
        new FxRobot().clickOn(button(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anImageFolderIsAcceptedAtTheSizeAndColourSetInTheDialog(FxRobot robot) throws Exception {
        for (String name : List.of("cats/a.png", "cats/b.png", "dogs/c.png")) {
            Path file = Files.createDirectories(folder.resolve("pets").resolve(name).getParent()).resolve(Path.of(name).getFileName());
            ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        }
        open(folder.resolve("pets"));
        assertEquals("pets: 3 images of 16 × 12, colour, 2 classes", text("#import-summary"));
        assertEquals("Classes: cats 2, dogs 1.", text("#import-classes"));
        TextField size = robot.lookup("#import-image-size").queryAs(TextField.class);
        ChoiceBox<?> colour = robot.lookup("#import-image-colour").queryAs(ChoiceBox.class);
        assertEquals("12x16", size.getText(), "the first image's height x width");
        assertEquals("rgb", colour.getValue());
        assertFalse(button(ImportDataDialog.ACCEPT).isDisabled());

        robot.interact(() -> size.setText("8"));
        assertEquals("The image size must be height x width in pixels, such as 28x28, found '8'.", text("#import-verdict"));
        assertTrue(button(ImportDataDialog.ACCEPT).isDisabled(), "a size that does not read cannot be accepted");
        robot.interact(() -> {
            size.setText("8x10");
            robot.lookup("#import-image-colour").queryAs(ChoiceBox.class).getSelectionModel().select("greyscale");
        });
        assertFalse(robot.lookup("#import-verdict").query().isVisible());
        robot.clickOn(button(ImportDataDialog.ACCEPT));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(DataSpec.images("pets", 8, 10, 1).withScaling("standardize"), editor.session().project().data(),
                "a folder inside the project's folder is kept relative to it, and iris-mlp's scaling stays");
        assertTrue(editor.session().stack().canUndo());
    }

    @Test
    void aColumnUntickedIsLeftOutOfTheFeatures(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("people.csv"), "badge,age,shoe_size,kind\nNA,30,40,x\np2,40,42,y\np3,50,39,x\np4,20,44,y\n");
        open(folder.resolve("people.csv"));
        assertEquals("people.csv: 4 rows, 4 columns, 2 classes in column 'kind'", text("#import-summary"));
        FlowPane features = robot.lookup("#import-features").queryAs(FlowPane.class);
        assertEquals(List.of("badge", "age", "shoe_size"), features.getChildren().stream().map(box -> ((CheckBox) box).getText()).toList(),
                "every column but the label is offered");
        assertTrue(features.getChildren().stream().noneMatch(box -> ((CheckBox) box).isMnemonicParsing()),
                "shoe_size shows its underscore instead of taking it for a keyboard shortcut");
        assertTrue(features.getChildren().stream().allMatch(box -> ((CheckBox) box).isSelected()));
        assertTrue(button(ImportDataDialog.ACCEPT).isDisabled(), "the badge's missing value stops the load while it is a feature");

        robot.clickOn((Node) features.getChildren().get(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !button(ImportDataDialog.ACCEPT).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("people.csv: 4 rows, 4 columns, 2 classes in column 'kind'", text("#import-summary"));
        CheckBox badge = (CheckBox) robot.lookup("#import-features").queryAs(FlowPane.class).getChildren().get(0);
        assertEquals("badge", badge.getText());
        assertFalse(badge.isSelected(), "the box stays unticked after reading again");
        robot.clickOn(button(ImportDataDialog.ACCEPT));
        WaitForAsyncUtils.waitForFxEvents();

        DataSpec data = editor.session().project().data();
        assertEquals("people.csv", data.path());
        assertEquals(List.of("badge"), data.exclude());
    }

    @Test
    void anIdColumnStartsUntickedWithANoteThatSaysWhy(FxRobot robot) throws Exception {
        StringBuilder rows = new StringBuilder("id,size,kind\n");
        for (int i = 0; i < 12; i++) {
            rows.append(1000 + i).append(',').append(i % 4).append(',').append(i % 2 == 0 ? "x" : "y").append('\n');
        }
        Files.writeString(folder.resolve("numbered.csv"), rows);
        open(folder.resolve("numbered.csv"));
        CheckBox id = (CheckBox) robot.lookup("#import-features").queryAs(FlowPane.class).getChildren().get(0);
        assertEquals("id", id.getText());
        assertFalse(id.isSelected());
        assertEquals("Left out of the features as identifying rows rather than describing them (by name, or a value of its own on every "
                + "row): id; tick it to use it.",
                ((Label) robot.lookup("#import-problems").queryAs(VBox.class).getChildren().get(0)).getText());
        robot.clickOn(button(ImportDataDialog.ACCEPT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("id"), editor.session().project().data().exclude());
    }
}
