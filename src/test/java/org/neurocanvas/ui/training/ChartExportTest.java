package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartExportTest {

    @Test
    void curvesReplaceTheOldFileWholeAndAFileThatCannotBeWrittenIsNamed(@TempDir Path dir) throws Exception {
        List<String> said = new ArrayList<>();
        ChartExport export = new ChartExport(said::add);
        Path csv = dir.resolve("curves.csv");
        Files.writeString(csv, "an older run");

        export.writeText("epoch,loss\n1,0.5\n", csv, "the curves");
        assertEquals("epoch,loss\n1,0.5\n", Files.readString(csv));
        assertEquals("Saved the curves to curves.csv.", said.get(0));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(csv), files.toList(), "no temporary file is left beside it");
        }

        // A folder that cannot be made: its place is taken by the file just written.
        Path blocked = csv.resolve("curves.csv");
        export.writeText("epoch,loss\n", blocked, "the curves");
        assertTrue(said.get(1).startsWith("Cannot write the CSV file " + blocked + ": "), said.get(1));
        assertEquals("epoch,loss\n1,0.5\n", Files.readString(csv), "and nothing else changed");
    }
}
