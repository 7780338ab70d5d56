package org.neurocanvas.ui.training;

/**
 * A learning rate changed during a run, as the charts mark it.
 *
 * @param epoch where on the charts' epoch axis the change took effect: the training done when it was applied
 * @param rate the new learning rate
 */
public record RateChange(double epoch, double rate) {
}
