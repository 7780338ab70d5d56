package org.neurocanvas.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.SequenceTask;
import org.neurocanvas.data.SequenceTasks;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.TrainingEvent;

/** What the data reference's task and validation file make of the data a network trains on. */
class DataTasksTest {

    private static CommandStack iris(DataSpec data, String loss) throws Exception {
        CommandStack s = new CommandStack(ProjectIO.read(Path.of("samples/iris-mlp.json")));
        s.execute(new ChangeTraining(s.project().training(), data, "data"));
        s.execute(new ChangeSetting("output_1", "loss", loss));
        return s;
    }

    @Test
    void aRegressionLearnsOneNumberPerSample() throws Exception {
        CommandStack s = iris(DataSpec.shipped("diabetes"), "mean_squared_error");
        s.execute(new ChangeSetting("dense_2", "units", 1));
        Dataset train = Compiler.compile(s.project()).data().train();
        assertFalse(train.isClassification());
        assertEquals(1, train.targetWidth());
        assertEquals(10, train.featureCount());
    }

    @Test
    void aRegressionHeadOfTheWrongWidthSaysWhatItNeeds() throws Exception {
        CommandStack s = iris(DataSpec.shipped("diabetes"), "mean_squared_error");
        assertEquals("output_1 gives 3 values per sample but the regression targets of 'diabetes' have 1: "
                        + "make the layer before output_1 give 1 values.",
                assertThrows(CompileException.class, () -> Compiler.compile(s.project())).getMessage());
    }

    @Test
    void aReconstructionTargetsTheScaledInput() throws Exception {
        DataSpec digits = DataSpec.shipped("digits").withScaling("minmax").withTask(DataSpec.RECONSTRUCTION);
        CommandStack s = iris(digits, "mean_squared_error");
        s.execute(new ChangeSetting("dense_2", "units", 64));
        s.execute(new ChangeSetting("input_1", "shape", "64"));
        Dataset train = Compiler.compile(s.project()).data().train();
        assertEquals(64, train.targetWidth());
        float[] x = new float[2 * 64];
        float[] y = new float[2 * 64];
        train.gather(new int[] {5, 9}, 0, 2, x, y);
        assertArrayEquals(x, y);
    }

    @Test
    void aSeparateValidationFileIsReadWithTheTrainingFilesColumns(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("train.csv"), "a,b,kind\n1,2,x\n2,1,y\n3,3,x\n0,1,y\n");
        Files.writeString(dir.resolve("check.csv"), "b,a,kind\n5,6,y\n");
        DataSpec csv = new DataSpec("csv", dir.resolve("train.csv").toString(), null, "kind", 0, 0, 0, 0, 0, null, null)
                .withValidation(dir.resolve("check.csv").toString());
        CommandStack s = iris(csv, "softmax_cross_entropy");
        s.execute(new ChangeSetting("dense_2", "units", 2));
        var split = Compiler.compile(s.project()).data();
        assertEquals(4, split.train().size());
        assertEquals(1, split.validation().size());
        float[] x = new float[2];
        float[] y = new float[1];
        split.validation().gather(new int[] {0}, 0, 1, x, y);
        assertArrayEquals(new float[] {6, 5}, x, "columns matched by name");
        assertEquals(1, y[0], "class 'y' keeps its index from the training file");
    }

    @Test
    void theProjectChoosesWhatAMissingValueDoes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gaps.csv"), "a,b,kind\n1,2,x\n2,NA,y\n3,3,x\n0,1,y\n1,1,x\n");
        DataSpec csv = new DataSpec("csv", dir.resolve("gaps.csv").toString(), null, "kind", 0, 0, 0, 0, 0, null, null);
        CommandStack fail = iris(csv, "softmax_cross_entropy");
        fail.execute(new ChangeSetting("dense_2", "units", 2));
        CompileException stop = assertThrows(CompileException.class, () -> Compiler.compile(fail.project()));
        assertTrue(stop.getMessage().contains("line 3"), stop.getMessage());

        CommandStack drop = iris(csv.withMissing("drop"), "softmax_cross_entropy");
        drop.execute(new ChangeSetting("dense_2", "units", 2));
        var dropped = Compiler.compile(drop.project()).data();
        assertEquals(4, dropped.train().size() + dropped.validation().size(), "the row with NA is left out");

        CommandStack mean = iris(csv.withMissing("mean"), "softmax_cross_entropy");
        mean.execute(new ChangeSetting("dense_2", "units", 2));
        var filled = Compiler.compile(mean.project()).data();
        assertEquals(5, filled.train().size() + filled.validation().size(), "the gap is filled with b's mean");
    }

    @Test
    void anIdColumnLeftOutOfTheFeaturesTrains(@TempDir Path dir) throws Exception {
        StringBuilder rows = new StringBuilder("id,a,b,kind\n");
        for (int i = 0; i < 40; i++) {
            // The id is text, unique and sometimes missing: as a feature it would be 40 one-hot columns or stop the load.
            rows.append(i % 7 == 3 ? "NA" : "row" + i).append(',').append(i % 2).append(',').append(i % 5).append(',')
                    .append(i % 2 == 0 ? "x" : "y").append('\n');
        }
        Files.writeString(dir.resolve("ids.csv"), rows);
        Files.writeString(dir.resolve("check.csv"), "kind,b,a,id\ny,1,1,NA\nx,0,0,row99\n");
        DataSpec csv = new DataSpec("csv", dir.resolve("ids.csv").toString(), null, "kind", 0, 0, 0, 0, 0, null, null);
        CommandStack all = iris(csv, "softmax_cross_entropy");
        all.execute(new ChangeSetting("dense_2", "units", 2));
        assertTrue(assertThrows(CompileException.class, () -> Compiler.compile(all.project())).getMessage().contains("column 'id'"));

        CommandStack s = iris(csv.withExclude(List.of("id")), "softmax_cross_entropy");
        s.execute(new ChangeSetting("dense_2", "units", 2));
        Compiler.Compiled c = Compiler.compile(s.project());
        assertEquals(2, c.data().train().featureCount(), "a and b only");
        assertEquals(40, c.data().train().size() + c.data().validation().size());
        var result = Compiler.trainer(c, s.project().training().withEpochs(2)).run();
        assertTrue(result instanceof TrainingEvent.Finished, result::toString);

        CommandStack checked = iris(csv.withExclude(List.of("id")).withValidation(dir.resolve("check.csv").toString()),
                "softmax_cross_entropy");
        checked.execute(new ChangeSetting("dense_2", "units", 2));
        var split = Compiler.compile(checked.project()).data();
        float[] x = new float[2];
        float[] y = new float[1];
        split.validation().gather(new int[] {0}, 0, 1, x, y);
        assertArrayEquals(new float[] {1, 1}, x, "the validation file's id is left out too, even where it is NA");
    }

    @Test
    void aColumnLeftOutIsNamedWhenTheFileLacksIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "a,b,kind\n1,2,x\n2,1,y\n");
        CommandStack foo = iris(new DataSpec("csv", file.toString(), null, null, 0, 0, 0, 0, 0, null, null)
                .withExclude(List.of("foo")), "softmax_cross_entropy");
        assertEquals("Data setting 'exclude' names column 'foo', which x.csv does not have; its columns are a, b, kind.",
                assertThrows(CompileException.class, () -> Compiler.compile(foo.project())).getMessage());
        CommandStack label = iris(new DataSpec("csv", file.toString(), null, null, 0, 0, 0, 0, 0, null, null)
                .withExclude(List.of("kind")), "softmax_cross_entropy");
        assertEquals("Data setting 'exclude' names column 'kind', the label column of x.csv: a label cannot be left out.",
                assertThrows(CompileException.class, () -> Compiler.compile(label.project())).getMessage());
        CommandStack none = iris(new DataSpec("csv", file.toString(), null, null, 0, 0, 0, 0, 0, null, null)
                .withExclude(List.of("a", "b")), "softmax_cross_entropy");
        assertEquals("Data setting 'exclude' leaves x.csv no feature column: keep at least one column besides the label 'kind'.",
                assertThrows(CompileException.class, () -> Compiler.compile(none.project())).getMessage());
    }

    @Test
    void aTestPartIsHeldBackAndScaledLikeTheOthers(@TempDir Path dir) throws Exception {
        CommandStack s = iris(DataSpec.shipped("iris").withScaling("standardize").withTest(0.2), "softmax_cross_entropy");
        var split = Compiler.compile(s.project()).data();
        assertEquals(List.of(75, 45, 30), List.of(split.train().size(), split.validation().size(), split.test().size()),
                "iris-mlp validates on 0.3 of the 150 flowers; the test takes 0.2 of them");
        assertEquals(List.of(10, 10, 10), java.util.Arrays.stream(new int[] {0, 1, 2})
                .mapToObj(c -> (int) java.util.Arrays.stream(split.test().labels()).filter(l -> l == c).count()).toList());

        Files.writeString(dir.resolve("train.csv"), "a,b,kind\n1,2,x\n2,1,y\n3,3,x\n0,1,y\n4,4,x\n5,1,y\n6,2,x\n7,1,y\n8,3,x\n9,1,y\n");
        Files.writeString(dir.resolve("check.csv"), "a,b,kind\n5,6,y\n");
        DataSpec files = new DataSpec("csv", dir.resolve("train.csv").toString(), null, "kind", 0, 0, 0, 0, 0, null, null)
                .withValidation(dir.resolve("check.csv").toString()).withTest(0.4);
        CommandStack f = iris(files, "softmax_cross_entropy");
        f.execute(new ChangeSetting("dense_2", "units", 2));
        var fileSplit = Compiler.compile(f.project()).data();
        assertEquals(List.of(6, 1, 4), List.of(fileSplit.train().size(), fileSplit.validation().size(), fileSplit.test().size()),
                "with a validation file the test part comes out of the training file");

        CommandStack all = iris(DataSpec.shipped("iris").withTest(0.8), "softmax_cross_entropy");
        assertEquals("Data setting 'test' (0.8) and the validation split (0.3) hold back 110% of the samples together, which leaves none "
                + "to train on: make them add up to less than 1.", assertThrows(CompileException.class, () -> Compiler.compile(all.project())).getMessage());
    }

    @Test
    void aSeparateTestFileIsReadAndScaledLikeTheTrainingFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("train.csv"), "id,a,b,kind\n1,0,2,x\n2,10,1,y\n3,5,3,x\n4,0,1,y\n5,10,2,x\n6,5,1,y\n");
        Files.writeString(dir.resolve("exam.csv"), "kind,b,a,id\ny,3,20,NA\nx,1,5,99\n");
        DataSpec csv = new DataSpec("csv", dir.resolve("train.csv").toString(), null, "kind", 0, 0, 0, 0, 0, "minmax", null)
                .withExclude(List.of("id")).withTestFile(dir.resolve("exam.csv").toString());
        CommandStack s = iris(csv, "softmax_cross_entropy");
        s.execute(new ChangeTraining(s.project().training().withValidationSplit(0.5), s.project().data(), "split"));
        s.execute(new ChangeSetting("dense_2", "units", 2));
        var split = Compiler.compile(s.project()).data();
        assertEquals(List.of(3, 3, 2), List.of(split.train().size(), split.validation().size(), split.test().size()),
                "the validation split comes out of the training file, the test part is the whole test file");
        float[] x = new float[2];
        float[] y = new float[1];
        split.test().gather(new int[] {0}, 0, 1, x, y);
        float[] train = new float[6];
        split.train().gather(new int[] {0, 1, 2}, 0, 3, train, new float[3]);
        float minA = Math.min(train[0], Math.min(train[2], train[4]));
        assertEquals(0, minA, 1e-6, "min-max scaling is fitted on the training part");
        assertTrue(x[0] > 1, "a = 20 lies beyond the training part's range, so it scales above 1: " + x[0]);
        assertEquals(1, y[0], "class 'y' keeps its index from the training file");

        Files.writeString(dir.resolve("narrow.csv"), "a,kind\n1,x\n");
        CommandStack narrow = iris(csv.withTestFile(dir.resolve("narrow.csv").toString()), "softmax_cross_entropy");
        narrow.execute(new ChangeSetting("dense_2", "units", 2));
        assertEquals("narrow.csv: expected the columns of train.csv, found no column 'id', 'b' among 'a', 'kind'.",
                assertThrows(CompileException.class, () -> Compiler.compile(narrow.project())).getMessage());

        Files.writeString(dir.resolve("odd.csv"), "id,a,b,kind\n7,1,2,x\n8,1,2,z\n");
        CommandStack odd = iris(csv.withTestFile(dir.resolve("odd.csv").toString()), "softmax_cross_entropy");
        odd.execute(new ChangeSetting("dense_2", "units", 2));
        assertEquals("odd.csv line 3, column 'kind': expected one of the classes of train.csv (x, y), found 'z'.",
                assertThrows(CompileException.class, () -> Compiler.compile(odd.project())).getMessage());
    }

    @Test
    void aTokenTaskGivesIdsForAnEmbedding() throws Exception {
        DataSpec palindromes = new DataSpec("palindrome", null, null, null, 200, 0, 0, 12, 3, null, null);
        assertEquals("12", palindromes.knownSampleShape().orElseThrow().text());
        Dataset data = DataPipeline.load(iris(palindromes, "softmax_cross_entropy").project());
        assertArrayEquals(new int[] {12}, data.sampleShape());
        assertEquals(2, data.classes());
    }

    @Test
    void theTokenVocabularyTheModelKnowsIsTheOneTheDataRoomGenerates() {
        for (SequenceTask task : SequenceTask.values()) {
            DataSpec d = new DataSpec(task.id(), null, null, null, 50, 0, 0, 12, 3, null, null);
            assertEquals(task.tokens() ? SequenceTasks.VOCABULARY : 0, d.tokenVocabulary(), task.id());
            assertEquals(task.tokens(), DataSpec.TOKEN_SEQUENCES.contains(task.id()), task.id());
            for (float id : task.generate(50, 12, 3).features()) {
                assertTrue(!task.tokens() || id >= 0 && id < d.tokenVocabulary(), task.id() + " gives id " + id);
            }
        }
        assertEquals(0, new DataSpec("csv", "ids.csv", null, "label", 0, 0, 0, 0, 1, null, null).tokenVocabulary(),
                "a file's ids are known only once it is read");
    }
}
