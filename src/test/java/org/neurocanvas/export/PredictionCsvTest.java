package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionCsvTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("samples.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void samplesWithAHeaderBlankLinesAndSemicolons() throws Exception {
        float[][] x = PredictionCsv.readSamples(file("a;b\n\n1;2.5\n-3e-1;.5\n"), 2);
        assertArrayEquals(new float[][] {{1, 2.5f}, {-0.3f, 0.5f}}, x);
        assertArrayEquals(new float[][] {{1, 2}}, PredictionCsv.readSamples(file("1,2\n"), 2));
    }

    @Test
    void aLineOfTheWrongWidthOrAWordIsNamed() throws Exception {
        assertEquals("samples.csv line 3: expected 2 values (one sample of the model's input), found 3.",
                assertThrows(ModelFileException.class, () -> PredictionCsv.readSamples(file("x,y\n1,2\n1,2,3\n"), 2)).getMessage());
        assertEquals("samples.csv line 2, column 2: expected a number, found 'high'.",
                assertThrows(ModelFileException.class, () -> PredictionCsv.readSamples(file("1,2\n3,high\n"), 2)).getMessage());
        assertEquals("samples.csv holds no samples: expected lines of 2 numbers.",
                assertThrows(ModelFileException.class, () -> PredictionCsv.readSamples(file("x,y\n"), 2)).getMessage());
        assertEquals("none.csv: no such file.",
                assertThrows(ModelFileException.class, () -> PredictionCsv.readSamples(dir.resolve("none.csv"), 2)).getMessage());
    }

    @Test
    void predictionsHaveAHeaderThenThePredictedClassAndEveryProbability() throws Exception {
        Path out = dir.resolve("predictions.csv");
        PredictionCsv.write(out, List.of("cat", "dog, large"), new float[][] {{0.25f, 0.75f}, {0.9f, 0.1f}});
        assertEquals(List.of("predicted,cat,\"dog, large\"", "\"dog, large\",0.25,0.75", "cat,0.9,0.1"), Files.readAllLines(out));
    }

    @Test
    void valuesHaveAHeaderOfValueColumns() throws Exception {
        Path out = dir.resolve("values.csv");
        PredictionCsv.writeValues(out, new float[][] {{1.5f, -2}, {0.25f, 3}});
        assertEquals(List.of("value_1,value_2", "1.5,-2.0", "0.25,3.0"), Files.readAllLines(out));
        PredictionCsv.writeValues(out, new float[][] {{151.5f}});
        assertEquals(List.of("value", "151.5"), Files.readAllLines(out));
    }
}
