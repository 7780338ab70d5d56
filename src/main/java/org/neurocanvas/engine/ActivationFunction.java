package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Element-wise activation functions, each run by a libnd4j op and its {@code _bp} gradient op. */
public enum ActivationFunction {
  /** Identity: passes values and gradients through untouched. */
  LINEAR(null),
  /** max(0, x). */
  RELU("relu"),
  /** Hyperbolic tangent. */
  TANH("tanh"),
  /** 1 / (1 + e^-x). */
  SIGMOID("sigmoid");

  /** libnd4j names of the forward op and of its gradient op; null for {@link #LINEAR}. */
  final String opName;
  final String gradientOpName;

  ActivationFunction(String opName) {
    this.opName = opName;
    this.gradientOpName = opName == null ? null : opName + "_bp";
  }

  /**
   * Parses a name case-insensitively, for example {@code "ReLU"}.
   *
   * @throws IllegalArgumentException listing the allowed values if the name is unknown
   */
  public static ActivationFunction parse(String s) {
    for (ActivationFunction f : values()) {
      if (s != null && f.name().equalsIgnoreCase(s.trim())) {
        return f;
      }
    }
    String allowed = Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "Unknown activation function \"" + s + "\". Expected one of: " + allowed + ".");
  }
}
