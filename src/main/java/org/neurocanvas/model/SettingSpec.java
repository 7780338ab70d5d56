package org.neurocanvas.model;

import java.util.List;

/**
 * One setting of a layer kind: its type, default, allowed values and a sentence that
 * explains it (shown in the inspector).
 */
public record SettingSpec(String name, Type type, Object defaultValue, double min, double max,
                          List<String> choices, String description) {

    /** The kinds of value a setting holds. */
    public enum Type { INT, DOUBLE, CHOICE, TEXT, BOOLEAN }

    public static SettingSpec integer(String name, int defaultValue, int min, int max, String description) {
        return new SettingSpec(name, Type.INT, defaultValue, min, max, List.of(), description);
    }

    public static SettingSpec decimal(String name, double defaultValue, double min, double max, String description) {
        return new SettingSpec(name, Type.DOUBLE, defaultValue, min, max, List.of(), description);
    }

    public static SettingSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new SettingSpec(name, Type.CHOICE, defaultValue, 0, 0, List.copyOf(choices), description);
    }

    /** A switch that is on or off, such as an attention layer's causal mask. */
    public static SettingSpec flag(String name, boolean defaultValue, String description) {
        return new SettingSpec(name, Type.BOOLEAN, defaultValue, 0, 0, List.of(), description);
    }

    public static SettingSpec text(String name, String defaultValue, String description) {
        return new SettingSpec(name, Type.TEXT, defaultValue, 0, 0, List.of(), description);
    }

    /**
     * Turns a value from a file or a text field into this setting's type.
     *
     * @param owner the layer name, for the message
     * @throws IllegalArgumentException naming the layer, the setting, what was expected and what was found
     */
    public Object coerce(String owner, Object value) {
        String where = "Setting '" + name + "' of " + owner;
        switch (type) {
            case INT -> {
                long v;
                if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    v = n.longValue();
                } else {
                    try {
                        v = Long.parseLong(String.valueOf(value).trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(where + " expects a whole number, found '" + value + "'.");
                    }
                }
                if (v < min || v > max) {
                    throw new IllegalArgumentException(where + " expects a whole number from " + (long) min + " to " + (long) max + ", found " + v + ".");
                }
                return (int) v;
            }
            case DOUBLE -> {
                double v;
                if (value instanceof Number n) {
                    v = n.doubleValue();
                } else {
                    try {
                        v = Double.parseDouble(String.valueOf(value).trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(where + " expects a number, found '" + value + "'.");
                    }
                }
                if (!(v >= min && v <= max)) {
                    throw new IllegalArgumentException(where + " expects a number from " + min + " to " + max + ", found " + v + ".");
                }
                return v;
            }
            case CHOICE -> {
                String v = String.valueOf(value).trim().toLowerCase();
                if (!choices.contains(v)) {
                    throw new IllegalArgumentException(where + " expects one of " + String.join(", ", choices) + ", found '" + value + "'.");
                }
                return v;
            }
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    return b;
                }
                String v = String.valueOf(value).trim().toLowerCase();
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException(where + " expects true or false, found '" + value + "'.");
                }
                return Boolean.parseBoolean(v);
            }
            default -> {
                return String.valueOf(value);
            }
        }
    }
}
