package org.neurocanvas.ui.editor;

import java.util.Locale;
import java.util.stream.Collectors;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;

/**
 * What one layer card says: its kind, the choice that characterises it, its name, output
 * shape and parameter count, or the problem that keeps it from having a shape.
 *
 * @param kind the kind, e.g. {@code Dense}
 * @param detail the layer's chosen options (e.g. {@code relu}), or empty
 * @param name the layer's name, e.g. {@code dense_1}
 * @param shape Keras-style output shape, e.g. {@code (None, 64)}, or a dash when unknown
 * @param parameters e.g. {@code 4,160 params}
 * @param problem the sentence that says what is wrong, or null when the layer is fine
 */
public record CardText(String kind, String detail, String name, String shape, String parameters, String problem) {

    /** Shown instead of a shape that cannot be inferred. */
    public static final String UNKNOWN_SHAPE = "(None, ?)";

    /** The card text of a layer, given what the analysis found for it. */
    public static CardText of(LayerNode node, Analysis.LayerInfo info) {
        // A layer that is only flagged for where it leads still knows its shape: building a chain shows each step.
        boolean known = info != null && info.shape() != null;
        return new CardText(node.kind().id(), detail(node), node.id(), shape(info),
                parameters(known ? info.parameters() : 0),
                info == null ? null : info.problem());
    }

    /** The output shape as a card and its wires show it, Keras-style, or {@link #UNKNOWN_SHAPE}. */
    public static String shape(Analysis.LayerInfo info) {
        return info != null && info.shape() != null ? info.shape().toString() : UNKNOWN_SHAPE;
    }

    /** Whether the layer has no problem. */
    public boolean valid() {
        return problem == null;
    }

    /** {@code 4,160 params}, {@code 1 param}, grouped by thousands whatever the locale. */
    public static String parameters(long count) {
        return String.format(Locale.US, "%,d %s", count, count == 1 ? "param" : "params");
    }

    // A choice with a single option says nothing worth a card's room.
    private static String detail(LayerNode node) {
        return node.kind().settings().stream()
                .filter(s -> s.type() == SettingSpec.Type.CHOICE && s.choices().size() > 1)
                .map(s -> node.textSetting(s.name()))
                .collect(Collectors.joining(" · "));
    }
}
