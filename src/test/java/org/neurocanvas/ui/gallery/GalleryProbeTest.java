package org.neurocanvas.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.Predictions;

/** The probe on the real 8x8 digits network, without a window. */
class GalleryProbeTest {

    @Test
    void aLookLabelsEveryImageAsTheEvaluationWould() throws Exception {
        Compiler.Compiled digits = Compiler.compile(ProjectIO.read(Path.of("samples/digits-cnn.json")));
        GalleryProbe probe = GalleryProbe.of(digits.data()).orElseThrow();
        assertEquals(GallerySamples.COUNT, probe.samples().size());

        probe.look(digits.program());
        GalleryFrame frame = probe.take();

        assertNotNull(frame);
        assertNull(probe.take(), "only the latest look is kept, and only until taken");
        Predictions expected = Predictions.of(digits.program(), probe.samples().data());
        for (int i = 0; i < GallerySamples.COUNT; i++) {
            assertEquals(expected.predicted(i), frame.predicted()[i]);
            assertEquals(expected.probability(i, expected.predicted(i)), frame.confidence()[i], 1e-6);
        }
    }

    @Test
    void anAutoencodersLookGivesWhatItMakesOfSixImagesAsManyValuesAsThey() throws Exception {
        Compiler.Compiled autoencoder = Compiler.compile(ProjectIO.read(Path.of("samples/autoencoder.json")));
        GalleryProbe probe = GalleryProbe.of(autoencoder.data()).orElseThrow();
        assertTrue(probe.samples().reconstructions());
        assertEquals(GallerySamples.LINES, probe.samples().size());
        assertEquals(0, probe.samples().labels().length, "images without classes");

        probe.look(autoencoder.program());
        float[] outputs = probe.take().outputs();
        assertEquals(GallerySamples.LINES * 28 * 28, outputs.length);
        for (float v : outputs) {
            assertTrue(v >= 0 && v <= 1, "a sigmoid's pixel: " + v);
        }
    }

    @Test
    void pointsInThePlaneHaveNoGallery() throws Exception {
        Compiler.Compiled spiral = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        assertTrue(GalleryProbe.of(spiral.data()).isEmpty());
    }
}
