package org.neurocanvas.ui.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the loss axis starts and ends and where its ticks go, on a linear or a logarithmic scale.
 * A linear axis starts at zero and ends on a round number just above the largest loss; a
 * logarithmic one spans whole decades, so a loss falling from 2 to 0.002 shows as a steady slope
 * instead of a cliff and a flat line. Plain Java, tested without a window.
 */
final class LossScale {

    /**
     * An axis span in axis units: values for a linear scale, powers of ten for a logarithmic one.
     *
     * @param lower the axis's lower end
     * @param upper the axis's upper end
     * @param tick  the distance between two ticks
     */
    record Range(double lower, double upper, double tick) {
    }

    /** The span of an axis before any loss is known. */
    static final Range EMPTY_LINEAR = new Range(0, 1, 0.2);
    /** The same for a logarithmic axis: 0.1 to 1. */
    static final Range EMPTY_LOG = new Range(-1, 0, 1);
    /** Below this many decades, each one gets its tick; above, every other one. */
    private static final int MAX_DECADE_TICKS = 6;
    /** Up to this many decades, 2 and 5 times each power of ten get a tick too, so that a reader can place a value. */
    private static final int MAX_SUBDIVIDED_DECADES = 2;
    /** Where ticks go inside a decade that is subdivided. */
    private static final double[] SUBDIVISIONS = {1, 2, 5};

    private LossScale() {
    }

    /** From zero to a round number at or above {@code max}, three to six ticks. */
    static Range linear(double max) {
        if (!(max > 0) || !Double.isFinite(max)) {
            return EMPTY_LINEAR;
        }
        double tick = roundStep(max / 6);
        return new Range(0, Math.ceil(max / tick - 1e-9) * tick, tick);
    }

    /**
     * Whole decades from the one holding {@code min} to the one holding {@code max}, in powers of
     * ten; a loss of zero or below is left out, as a logarithm has no room for it.
     */
    static Range logarithmic(double min, double max) {
        if (!(max > 0) || !Double.isFinite(max)) {
            return EMPTY_LOG;
        }
        double low = min > 0 ? min : max / 1000;
        double lower = Math.floor(Math.log10(low));
        // Adding 0 turns the -0.0 of a decade's top into 0.
        double upper = Math.ceil(Math.log10(max)) + 0.0;
        if (upper <= lower) {
            upper = lower + 1;
        }
        return new Range(lower, upper, upper - lower > MAX_DECADE_TICKS ? 2 : 1);
    }

    /**
     * The values at which ticks go: for a logarithmic range, powers of ten, and over at most two
     * decades also 2 and 5 times each (0.1, 0.2, 0.5, 1), as whole decades alone would leave a
     * loss between 0.3 and 0.9 with two labels far from it.
     */
    static List<Double> ticks(Range range, boolean logarithmic) {
        List<Double> ticks = new ArrayList<>();
        long steps = Math.round((range.upper() - range.lower()) / range.tick());
        boolean subdivided = logarithmic && steps <= MAX_SUBDIVIDED_DECADES && range.tick() == 1;
        for (long i = 0; i <= steps; i++) {
            double at = range.lower() + i * range.tick();
            if (!logarithmic) {
                ticks.add(at);
                continue;
            }
            long decade = Math.round(at);
            for (double times : subdivided && i < steps ? SUBDIVISIONS : new double[] {1}) {
                // Parsed from text, so that 2 times 0.01 is 0.02 and not 0.020000000000000004.
                ticks.add(Double.parseDouble((long) times + "e" + decade));
            }
        }
        return ticks;
    }

    /** A tick's text without exponent or float noise: 0.30000000000000004 as "0.3", 1e-3 as "0.001". */
    static String label(double value) {
        if (value == 0) {
            return "0";
        }
        int digits = Math.max(0, 3 - (int) Math.floor(Math.log10(Math.abs(value))));
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code raw}. */
    static double roundStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5}) {
            if (step * magnitude >= raw * (1 - 1e-9)) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
