package org.neurocanvas.export;

import java.nio.charset.StandardCharsets;

/**
 * Names of the entries inside a model bundle, and the rule that keeps every entry inside it: no
 * absolute paths, no backslashes or drive letters, no {@code ..} segments.
 */
final class EntryNames {

    static final String MANIFEST = "manifest.json";
    static final String PROJECT = "project.json";
    static final String CLASSES = "classes.json";
    static final String SCALER = "scaler.json";
    static final String SCALER_SHIFT = "scaler/shift.npy";
    static final String SCALER_FACTOR = "scaler/factor.npy";
    static final String HISTORY = "history.json";
    private static final String WEIGHTS = "weights/";

    private EntryNames() {
    }

    /**
     * The entry of a tensor, a folder per layer: {@code dense_1/W} → {@code weights/dense_1/W.npy}.
     * Characters unsafe in file names (a slash inside a layer name too) are percent-encoded, so any
     * layer name stays inside the bundle.
     */
    static String forTensor(String name) {
        int slash = name.lastIndexOf('/');
        String layer = slash < 0 ? "" : encode(name.substring(0, slash)) + "/";
        return WEIGHTS + layer + encode(name.substring(slash + 1)) + ".npy";
    }

    private static String encode(String segment) {
        boolean dotsOnly = segment.chars().allMatch(c -> c == '.');
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' && !dotsOnly);
            out.append(safe ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.isEmpty() ? "%" : out.toString();
    }

    /** Whether an entry name, read from a bundle, stays inside it when taken as a relative path. */
    static boolean isSafe(String entry) {
        if (entry.isEmpty() || entry.startsWith("/") || entry.contains("\\") || entry.contains(":") || entry.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : entry.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
