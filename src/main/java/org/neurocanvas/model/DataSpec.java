package org.neurocanvas.model;

/**
 * Which data set a project trains on. For now a built-in generated set: its id (spiral,
 * moons, circles, xor, gaussians), how many samples, how many classes, how much noise and
 * the seed that generates it.
 */
public record DataSpec(String source, int samples, int classes, double noise, long seed) {

    public DataSpec {
        require(samples >= 2 * Math.max(classes, 1), "samples", "at least two per class", String.valueOf(samples));
        require(classes >= 2, "classes", "at least 2", String.valueOf(classes));
        require(noise >= 0, "noise", "a number >= 0", String.valueOf(noise));
    }

    private static void require(boolean ok, String setting, String expected, String found) {
        if (!ok) {
            throw new IllegalArgumentException("Data setting '" + setting + "' must be " + expected + ", found " + found + ".");
        }
    }

    public static DataSpec spiral() {
        return new DataSpec("spiral", 600, 3, 0.15, 7);
    }
}
