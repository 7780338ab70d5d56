package org.neurocanvas.engine;

/**
 * Averages each channel over all positions: images [batch, h, w, c] and sequences [batch, steps,
 * c] both become [batch, c] (Keras's GlobalAveragePooling2D and GlobalAveragePooling1D).
 */
public final class GlobalAveragePool extends GlobalPool {

  /** Creates the op; it has no settings. */
  public GlobalAveragePool() {
    super("avgpool2d");
  }

  @Override
  public String toString() {
    return "GlobalAveragePool";
  }
}
