package org.neurocanvas.ui.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.engine.Parameter;
import org.neurocanvas.model.ProjectIO;

/** The probe on the real spiral network, without a window. */
class BoundaryProbeTest {

    @Test
    void aLookGivesEveryCellItsClassProbabilitiesAndLeavesTheWeightsAlone() throws Exception {
        Compiler.Compiled spiral = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        BoundaryProbe probe = BoundaryProbe.of(spiral.data().train()).orElseThrow();
        List<INDArray> before = spiral.program().parameters().stream().map(Parameter::value).map(INDArray::dup).toList();

        probe.look(spiral.program());
        probe.look(spiral.program());
        BoundaryFrame frame = probe.take();

        assertNotNull(frame);
        assertNull(probe.take(), "only the latest look is kept, and only until taken");
        assertEquals(3, frame.classes());
        assertEquals(BoundaryData.RESOLUTION * BoundaryData.RESOLUTION * 3, frame.probabilities().length);
        for (int cell = 0; cell < 10; cell++) {
            float[] p = frame.probabilities();
            assertEquals(1, p[3 * cell] + p[3 * cell + 1] + p[3 * cell + 2], 1e-5);
        }
        List<Parameter> after = spiral.program().parameters();
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i), after.get(i).value(), after.get(i).name() + " unchanged");
        }
    }

    @Test
    void imagesHaveNoBoundaryToProbe() {
        Dataset images = new Dataset("digits", new float[4], new int[] {2, 2, 1}, new int[] {0}, 1, List.of("0"));
        assertTrue(BoundaryProbe.of(images).isEmpty());
    }
}
