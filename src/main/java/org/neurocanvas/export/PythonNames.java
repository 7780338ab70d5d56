package org.neurocanvas.export;

import java.util.HashSet;
import java.util.Set;

/**
 * Python identifiers for the generated code: a layer's canvas name where it is one ({@code dense_1}),
 * else the nearest valid one, never a keyword, a name the module uses itself, or a name already given.
 */
final class PythonNames {

    /** Python's keywords and soft keywords, and the names the generated modules, nn.Module and Keras use. */
    private static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case",
            "self", "x", "torch", "nn", "F", "np", "io", "json", "zipfile", "hashlib", "training", "forward", "load", "predict",
            "read_bundle", "CLASS_NAMES", "INPUT_SHAPE", "keras", "layers", "build", "Scaling", "layer_weights", "PositionalEncoding",
            "sinusoidal_positions", "gru_weights", "attention_weights");

    private final Set<String> given = new HashSet<>();

    /** A fresh identifier as close to {@code name} as Python allows. */
    String of(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
            id = "layer_" + id;
        }
        if (RESERVED.contains(id)) {
            id += "_";
        }
        String candidate = id;
        for (int i = 2; !given.add(candidate); i++) {
            candidate = id + "_" + i;
        }
        return candidate;
    }

    /** A class name from a project name: {@code digits-cnn} → {@code DigitsCnn}. */
    static String className(String projectName) {
        StringBuilder sb = new StringBuilder();
        for (String part : projectName.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.isEmpty() || Character.isDigit(sb.charAt(0)) ? "Network" + sb : sb.toString();
    }
}
