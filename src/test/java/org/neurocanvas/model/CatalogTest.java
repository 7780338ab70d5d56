package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every catalogue entry explains itself and has settings the inspector can show. */
class CatalogTest {

    private static final List<String> GROUPS = List.of("Core", "Convolution", "Pooling", "Normalisation", "Recurrent", "Attention", "Merge",
            "Activation", "Output");

    @Test
    void everyKindHasAGroupATeachingTextAndUsableDefaults() {
        for (LayerKind kind : Catalog.kinds()) {
            assertTrue(GROUPS.contains(kind.group()), kind.id() + " is in group " + kind.group());
            assertTrue(kind.explanation().endsWith("."), kind.id() + "'s explanation is a sentence");
            assertFalse(kind.formula().isBlank(), kind.id() + " has a formula");
            assertEquals(kind, Catalog.byId(kind.id()));
            for (SettingSpec s : kind.settings()) {
                assertTrue(s.description().endsWith("."), kind.id() + "." + s.name() + " is explained in a sentence");
                assertEquals(s.defaultValue(), s.coerce(kind.id(), s.defaultValue()), kind.id() + "." + s.name() + "'s default is allowed");
            }
        }
    }

    @Test
    void aBooleanSettingTakesTrueOrFalse() {
        SettingSpec causal = Catalog.MULTI_HEAD_ATTENTION.setting("causal");
        assertEquals(true, causal.coerce("mha_1", "True"));
        assertEquals(false, causal.coerce("mha_1", false));
        assertEquals("Setting 'causal' of mha_1 expects true or false, found 'yes'.",
                assertThrows(IllegalArgumentException.class, () -> causal.coerce("mha_1", "yes")).getMessage());
    }
}
