package org.neurocanvas.ui.editor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neurocanvas.model.LayerKind;

/**
 * What the palette's search box finds: the kinds whose name, group or explanation hold every
 * word typed, and the one Enter adds. A kind whose name begins with the query beats one that
 * only mentions it, so "pool" adds a pooling layer rather than whatever explains pooling first.
 */
public final class PaletteSearch {

    private PaletteSearch() {
    }

    /** The kinds that match {@code query}, in the order given (the catalogue's); every kind for a blank query. */
    public static List<LayerKind> matches(List<LayerKind> kinds, String query) {
        List<String> words = words(query);
        return kinds.stream().filter(k -> words.stream().allMatch(haystack(k)::contains)).toList();
    }

    /** The kind Enter adds: the best match by name, then group, then catalogue order; empty when nothing matches. */
    public static Optional<LayerKind> best(List<LayerKind> kinds, String query) {
        String q = String.join(" ", words(query));
        List<LayerKind> found = matches(kinds, query);
        return found.stream().max(Comparator.comparingInt((LayerKind k) -> rank(k, q))
                .thenComparing(k -> -found.indexOf(k)));
    }

    private static int rank(LayerKind kind, String query) {
        String name = kind.id().toLowerCase(Locale.ROOT);
        if (name.startsWith(query)) {
            return 3;
        }
        if (name.contains(query)) {
            return 2;
        }
        return kind.group().toLowerCase(Locale.ROOT).contains(query) ? 1 : 0;
    }

    private static String haystack(LayerKind kind) {
        return (kind.id() + " " + kind.group() + " " + kind.explanation()).toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String query) {
        return Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
