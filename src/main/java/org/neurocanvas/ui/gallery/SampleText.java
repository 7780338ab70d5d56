package org.neurocanvas.ui.gallery;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.neurocanvas.data.Dataset;

/**
 * A sample that is neither an image nor a point in the plane, written as a short line, as the network
 * receives it: a table's row as its values ("5.1 3.5 1.4 0.2"), token ids as numbers ("3 1 5 2"), bits
 * as digits ("0110"), one-hot symbols as letters ("ABCA"). Long samples end in "…". Plain Java.
 */
final class SampleText {

    /** The most values (or symbols) a line shows before "…". */
    static final int MOST = 12;

    private SampleText() {
    }

    /** Sample {@code i} of {@code data}, as a line. */
    static String of(Dataset data, int i) {
        int[] shape = data.sampleShape();
        int n = data.featureCount();
        float[] x = new float[n];
        System.arraycopy(data.features(), i * n, x, 0, n);
        List<String> parts = new ArrayList<>();
        String separator = " ";
        if (shape.length == 2 && shape[1] > 1 && shape[1] <= 26) {
            // One step a row: the symbol that is on, as a letter.
            for (int t = 0; t < shape[0]; t++) {
                parts.add(String.valueOf((char) ('A' + strongest(x, t * shape[1], shape[1]))));
            }
            separator = "";
        } else {
            for (float v : x) {
                parts.add(number(v));
            }
            if (shape.length == 2 && shape[1] == 1 && parts.stream().allMatch(p -> p.equals("0") || p.equals("1"))) {
                separator = "";
            }
        }
        String shown = String.join(separator, parts.subList(0, Math.min(MOST, parts.size())));
        return parts.size() > MOST ? shown + "…" : shown;
    }

    private static int strongest(float[] x, int from, int count) {
        int best = 0;
        for (int k = 1; k < count; k++) {
            if (x[from + k] > x[from + best]) {
                best = k;
            }
        }
        return best;
    }

    // A whole number as such, else three significant digits: 5.1, -0.897, 1230.
    private static String number(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
