package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Activation functions, by the ids project files use ({@code relu}, {@code leaky_relu}, ...). Most
 * run as one libnd4j op forward and its {@code _bp} op backward; GELU and SiLU are composed of a
 * few element-wise calls (see {@link SmoothActivations}).
 */
public enum ActivationFunction {
  /** Identity: passes values and gradients through untouched. */
  LINEAR(null),
  /** max(0, x). */
  RELU("relu", 0.0),
  /** Hyperbolic tangent. */
  TANH("tanh"),
  /** 1 / (1 + e^-x). */
  SIGMOID("sigmoid"),
  /** x for x > 0, else 0.2 x: Keras's {@code leaky_relu} slope (PyTorch's default is 0.01). */
  LEAKY_RELU("lrelu", 0.2),
  /** x for x > 0, else e^x - 1 (alpha 1). */
  ELU("elu", 1.0),
  /** x Φ(x), Φ the standard normal CDF: the exact (erf) form, Keras's and PyTorch's default. */
  GELU(null),
  /** x sigmoid(x), also called swish. */
  SILU(null),
  /** e^x / Σ e^x over the last axis, so each row sums to 1. */
  SOFTMAX("softmax");

  /** libnd4j names of the forward op and of its gradient op; null where composed in Java. */
  final String opName;
  final String gradientOpName;
  /** The op's floating-point argument (threshold or slope), if it takes one. */
  final Double argument;

  ActivationFunction(String opName) {
    this(opName, null);
  }

  ActivationFunction(String opName, Double argument) {
    this.opName = opName;
    this.gradientOpName = opName == null ? null : opName + "_bp";
    this.argument = argument;
  }

  /** The id in project files and the catalogue, for example {@code "leaky_relu"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an id case-insensitively, for example {@code "ReLU"}; {@code "swish"} means SiLU.
   *
   * @throws IllegalArgumentException listing the allowed values if the name is unknown
   */
  public static ActivationFunction parse(String s) {
    String id = s == null ? "" : s.trim();
    if (id.equalsIgnoreCase("swish")) {
      return SILU;
    }
    for (ActivationFunction f : values()) {
      if (f.id().equalsIgnoreCase(id)) {
        return f;
      }
    }
    String allowed = Arrays.stream(values()).map(ActivationFunction::id)
        .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "Unknown activation function \"" + s + "\". Expected one of: " + allowed + ".");
  }
}
