package org.neurocanvas.engine;

/**
 * Keeps each channel's largest value over all positions: images [batch, h, w, c] and sequences
 * [batch, steps, c] both become [batch, c] (Keras's GlobalMaxPooling2D and GlobalMaxPooling1D).
 * The gradient flows only to the position of each maximum.
 */
public final class GlobalMaxPool extends GlobalPool {

  /** Creates the op; it has no settings. */
  public GlobalMaxPool() {
    super("maxpool2d");
  }

  @Override
  public String toString() {
    return "GlobalMaxPool";
  }
}
