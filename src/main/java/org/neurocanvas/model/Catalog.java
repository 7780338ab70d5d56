package org.neurocanvas.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurocanvas.model.layers.ActivationKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.InputKind;
import org.neurocanvas.model.layers.OutputKind;

/** Every kind of layer a person can draw, by id, in palette order. */
public final class Catalog {

    public static final LayerKind INPUT = new InputKind();
    public static final LayerKind DENSE = new DenseKind();
    public static final LayerKind ACTIVATION = new ActivationKind();
    public static final LayerKind OUTPUT = new OutputKind();

    private static final Map<String, LayerKind> KINDS = new LinkedHashMap<>();

    static {
        for (LayerKind k : List.of(INPUT, DENSE, ACTIVATION, OUTPUT)) {
            KINDS.put(k.id(), k);
        }
    }

    private Catalog() {
    }

    public static List<LayerKind> kinds() {
        return List.copyOf(KINDS.values());
    }

    /**
     * @throws IllegalArgumentException naming the unknown kind and the known ones
     */
    public static LayerKind byId(String id) {
        LayerKind kind = KINDS.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown layer kind '" + id + "': expected one of " + String.join(", ", KINDS.keySet()) + ".");
        }
        return kind;
    }
}
