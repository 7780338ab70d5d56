package org.neurocanvas.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A layer on the canvas: its unique name (e.g. {@code dense_2}), its kind, its settings and
 * where it sits. Changed only through commands.
 */
public final class LayerNode {

    private final String id;
    private final LayerKind kind;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private double x;
    private double y;

    /** A node with the kind's default settings. */
    public LayerNode(String id, LayerKind kind, double x, double y) {
        this.id = id;
        this.kind = kind;
        this.x = x;
        this.y = y;
        kind.settings().forEach(s -> settings.put(s.name(), s.defaultValue()));
    }

    public String id() {
        return id;
    }

    public LayerKind kind() {
        return kind;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    /** The same layer under another name: kind, settings and position kept. */
    LayerNode renamed(String newId) {
        LayerNode copy = new LayerNode(newId, kind, x, y);
        copy.settings.putAll(settings);
        return copy;
    }

    void moveTo(double x, double y) {
        this.x = x;
        this.y = y;
    }

    public Map<String, Object> settings() {
        return Collections.unmodifiableMap(settings);
    }

    public Object setting(String name) {
        return settings.get(name);
    }

    public int intSetting(String name) {
        return ((Number) settings.get(name)).intValue();
    }

    public double doubleSetting(String name) {
        return ((Number) settings.get(name)).doubleValue();
    }

    public boolean booleanSetting(String name) {
        return (Boolean) settings.get(name);
    }

    public String textSetting(String name) {
        return String.valueOf(settings.get(name));
    }

    /**
     * Sets a setting after checking it against the catalogue.
     *
     * @throws IllegalArgumentException a sentence naming this layer and the setting
     */
    void put(String name, Object value) {
        settings.put(name, kind.setting(name).coerce(id, value));
    }

    @Override
    public String toString() {
        return id + " (" + kind.id() + ")";
    }
}
