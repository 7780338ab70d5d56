package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntryNamesTest {

    @Test
    void tensorsLieInAFolderPerLayer() {
        assertEquals("weights/dense_1/W.npy", EntryNames.forTensor("dense_1/W"));
        assertEquals("weights/batchnorm_1/moving_mean.npy", EntryNames.forTensor("batchnorm_1/moving_mean"));
    }

    @Test
    void anyLayerNameStaysInsideTheBundle() {
        for (String name : new String[] {"../../etc/W", "/abs/W", "..", "a\\b/W", "c:/W", "é ü/W", "x/", "/"}) {
            assertTrue(EntryNames.isSafe(EntryNames.forTensor(name)), name + " -> " + EntryNames.forTensor(name));
        }
        assertEquals("weights/..%2F..%2Fetc/W.npy", EntryNames.forTensor("../../etc/W"));
    }

    @Test
    void unsafeNamesAreRecognised() {
        for (String entry : new String[] {"../x", "a/../../x", "/etc/passwd", "C:\\x", "a\\..\\x", "", "a//b", "./a"}) {
            assertFalse(EntryNames.isSafe(entry), entry);
        }
        assertTrue(EntryNames.isSafe("weights/dense_1/W.npy"));
    }
}
