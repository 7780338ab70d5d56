package org.neurocanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.export.NeuroCanvasModel;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.ClassificationReport;

class EvaluateCommandTest {

    /** Six iris flowers, two of each species, with the class first. */
    private static final String FLOWERS = """
            species,sepal_length,sepal_width,petal_length,petal_width
            setosa,5.1,3.5,1.4,0.2
            setosa,4.9,3.0,1.4,0.2
            versicolor,7.0,3.2,4.7,1.4
            versicolor,5.9,3.2,4.8,1.8
            virginica,6.3,3.3,6.0,2.5
            virginica,4.9,2.5,4.5,1.7
            """;

    private static final float[][] FEATURES = {
            {5.1f, 3.5f, 1.4f, 0.2f}, {4.9f, 3.0f, 1.4f, 0.2f}, {7.0f, 3.2f, 4.7f, 1.4f},
            {5.9f, 3.2f, 4.8f, 1.8f}, {6.3f, 3.3f, 6.0f, 2.5f}, {4.9f, 2.5f, 4.5f, 1.7f}};

    @TempDir
    static Path dir;
    private static Path model;
    private static String trainOutput;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void trainIris() {
        model = dir.resolve("iris.ncmodel");
        StringWriter text = new StringWriter();
        assertEquals(0, NeuroCanvasCli.run(new PrintWriter(text, true), new PrintWriter(text, true),
                "train", "samples/iris-mlp.json", "--epochs", "20", "--out", model.toString()), text.toString());
        trainOutput = text.toString();
    }

    private int run(String... args) {
        return NeuroCanvasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void withoutDataItRepeatsTheValidationReportOfTraining() {
        assertEquals(0, run("evaluate", model.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("evaluated iris.ncmodel on the validation split of iris.csv: 45 samples"), text);
        String report = trainOutput.substring(trainOutput.indexOf("Validation set:") + "Validation set:".length(), trainOutput.indexOf("saved: ")).strip();
        assertTrue(text.contains(report), "the same figures as train printed for its validation set:\n" + report + "\n---\n" + text);
        assertTrue(text.contains("Confusion matrix (rows: true class, columns: predicted class)"), text);
    }

    @Test
    void onAFileItPrintsTheReportAndTheConfusionMatrix() throws Exception {
        Path file = dir.resolve("flowers.csv");
        Files.writeString(file, FLOWERS);
        assertEquals(0, run("evaluate", model.toString(), "--data", file.toString(), "--label", "species"), err.toString());
        ClassificationReport expected = new ClassificationReport(new int[] {0, 0, 1, 1, 2, 2},
                NeuroCanvasModel.load(model).predictClass(FEATURES), List.of("setosa", "versicolor", "virginica"));
        assertEquals("evaluated iris.ncmodel on flowers.csv: 6 samples\n\n" + expected.render() + "\n" + expected.renderConfusion(),
                out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void wholeNumberClassesAreTheModelsClassesInOrder() throws Exception {
        Path named = dir.resolve("named.csv");
        Files.writeString(named, FLOWERS);
        assertEquals(0, run("evaluate", model.toString(), "--data", named.toString(), "--label", "species"), err.toString());
        String byName = out.toString().lines().skip(1).toList().toString();
        out.getBuffer().setLength(0);
        Path numbered = dir.resolve("numbered.csv");
        Files.writeString(numbered, FLOWERS.replace("setosa", "0").replace("versicolor", "1").replace("virginica", "2"));
        assertEquals(0, run("evaluate", model.toString(), "--data", numbered.toString(), "--label", "species"), err.toString());
        assertEquals(byName, out.toString().lines().skip(1).toList().toString());
    }

    @Test
    void aClassTheModelDoesNotKnowIsOneSentence() throws Exception {
        Path file = dir.resolve("roses.csv");
        Files.writeString(file, FLOWERS.replace("virginica", "rose"));
        assertEquals(1, run("evaluate", model.toString(), "--data", file.toString(), "--label", "species"));
        assertEquals("roses.csv has the class 'rose', which model 'iris-mlp' does not know: expected one of setosa, versicolor, virginica.",
                err.toString().trim());
    }

    @Test
    void aFileOfTheWrongWidthIsOneSentence() throws Exception {
        Path file = dir.resolve("narrow.csv");
        Files.writeString(file, "a,b,c,kind\n1,2,3,setosa\n4,5,6,virginica\n");
        assertEquals(1, run("evaluate", model.toString(), "--data", file.toString()));
        assertEquals("narrow.csv has 3 feature columns besides the class, but model 'iris-mlp' takes 4 (input shape 4).", err.toString().trim());
    }

    @Test
    void anIdColumnIsLeftOutWithExcludeAsTrainHasIt() throws Exception {
        StringBuilder rows = new StringBuilder("id," + FLOWERS.lines().findFirst().orElseThrow() + "\n");
        List<String> flowers = FLOWERS.lines().skip(1).toList();
        for (int i = 0; i < 24; i++) {
            rows.append(100 + i).append(',').append(flowers.get(i % flowers.size())).append('\n');
        }
        Path train = Files.writeString(dir.resolve("numbered-flowers.csv"), rows);
        Path ids = dir.resolve("ids.ncmodel");
        assertEquals(0, run("train", "samples/iris-mlp.json", "--data", train.toString(), "--label", "species", "--exclude", "id",
                "--epochs", "5", "--out", ids.toString()), err.toString());
        out.getBuffer().setLength(0);
        Path exam = Files.writeString(dir.resolve("exam.csv"), "id," + FLOWERS.lines().findFirst().orElseThrow() + "\n"
                + String.join("\n", flowers.stream().map(row -> "7," + row).toList()) + "\n");

        ClassificationReport expected = new ClassificationReport(new int[] {0, 0, 1, 1, 2, 2},
                NeuroCanvasModel.load(ids).predictClass(FEATURES), List.of("setosa", "versicolor", "virginica"));
        String report = "evaluated ids.ncmodel on exam.csv: 6 samples\n\n" + expected.render() + "\n" + expected.renderConfusion();
        assertEquals(0, run("evaluate", ids.toString(), "--data", exam.toString(), "--label", "species", "--exclude", "id"), err.toString());
        assertEquals(report, out.toString().replace(System.lineSeparator(), "\n"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", ids.toString(), "--data", exam.toString()), err.toString());
        assertEquals(report, out.toString().replace(System.lineSeparator(), "\n"), "without options, read as the model's training CSV was");
        out.getBuffer().setLength(0);
        Path plain = Files.writeString(dir.resolve("plain.csv"), FLOWERS);
        assertEquals(0, run("evaluate", ids.toString(), "--data", plain.toString()), "a file without the id column needs nothing left out: "
                + err);

        assertEquals(1, run("evaluate", ids.toString(), "--data", exam.toString(), "--label", "species", "--exclude", "name"));
        assertEquals("Data setting 'exclude' names column 'name', which exam.csv does not have; its columns are id, species, sepal_length, "
                + "sepal_width, petal_length, petal_width.", err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(2, run("evaluate", ids.toString(), "--exclude", "id"));
        assertEquals("--exclude names a column of the file given with --data, and there is none.", err.toString().trim());
    }

    @Test
    void withoutDataAModelTrainedWithAValidationFileIsMeasuredOnThatFile() throws Exception {
        Path train = Files.writeString(dir.resolve("train-flowers.csv"), FLOWERS + FLOWERS.lines().skip(1).map(r -> r + "\n")
                .reduce("", String::concat));
        Path check = Files.writeString(dir.resolve("check-flowers.csv"), FLOWERS);
        CommandStack s = new CommandStack(ProjectIO.read(Path.of("samples/iris-mlp.json")));
        s.execute(new ChangeTraining(s.project().training().withEpochs(3), new DataSpec("csv", train.toString(), null, "species", 0, 0, 0,
                0, 0, null, null).withValidation(check.toString()), "data"));
        Path project = dir.resolve("validated.json");
        ProjectIO.write(s.project(), project);
        Path validated = dir.resolve("validated.ncmodel");
        assertEquals(0, run("train", project.toString(), "--out", validated.toString()), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", validated.toString()), err.toString());
        assertTrue(out.toString().startsWith("evaluated validated.ncmodel on the validation file check-flowers.csv: 6 samples"), out.toString());
    }

    @Test
    void aMissingFileIsOneSentenceAndExitOne() {
        assertEquals(1, run("evaluate", model.toString(), "--data", "nowhere.csv"));
        assertTrue(err.toString().trim().startsWith("nowhere.csv"), err.toString());
        assertEquals(1, err.toString().trim().lines().count(), err.toString());
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, run("evaluate", model.toString(), "--label", "species"));
        assertEquals("--label names a column of the file given with --data, and there is none.", err.toString().trim());
        assertEquals(2, run("evaluate"));
    }
}
