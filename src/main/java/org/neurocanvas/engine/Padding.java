package org.neurocanvas.engine;

import java.util.Locale;

/** How a sliding window (convolution or pooling) treats the border, as Keras names it. */
public enum Padding {
  /** Only positions where the whole window lies inside the input. */
  VALID,
  /** Zeros around the input so that the output has ceil(input / stride) positions per axis. */
  SAME;

  /**
   * Output length along one axis.
   *
   * @param in input length
   * @param window window length (kernel or pool size)
   * @param stride step between window positions
   * @param dilation spacing between the window's taps (1 for pooling)
   * @return the output length, 0 or less when the window does not fit
   */
  public int outputLength(long in, int window, int stride, int dilation) {
    long span = (long) dilation * (window - 1) + 1;
    return (int) (this == SAME ? (in + stride - 1) / stride : (in - span) / stride + 1);
  }

  /**
   * Zeros added before the first element along one axis: for 'same', half the total padding,
   * rounded down, the rest going after (TensorFlow's and libnd4j's convention); 0 for 'valid'.
   */
  int before(long in, int window, int stride, int dilation) {
    if (this == VALID) {
      return 0;
    }
    long span = (long) dilation * (window - 1) + 1;
    long total = (outputLength(in, window, stride, dilation) - 1L) * stride + span - in;
    return (int) Math.max(0, total / 2);
  }

  /** The libnd4j flag for this mode: 1 for same, 0 for valid. */
  int flag() {
    return this == SAME ? 1 : 0;
  }

  /**
   * Parses "valid" or "same", case-insensitively.
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static Padding parse(String s) {
    for (Padding p : values()) {
      if (s != null && p.name().equalsIgnoreCase(s.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException("Unknown padding \"" + s + "\". Expected one of: "
        + VALID.name().toLowerCase(Locale.ROOT) + ", " + SAME.name().toLowerCase(Locale.ROOT)
        + ".");
  }
}
