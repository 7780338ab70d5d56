package org.neurocanvas.ui.training;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.chart.ValueAxis;

/**
 * The loss chart's y axis, linear from zero or logarithmic in whole decades ({@link LossScale});
 * it follows the data either way. On a logarithmic scale the bounds are powers of ten: the
 * positions of values are those of their logarithms.
 */
final class LossAxis extends ValueAxis<Number> {

    /** Keeps a loss of zero, which a logarithm cannot place, at the bottom edge rather than at infinity. */
    private static final double SMALLEST = 1e-30;

    private final BooleanProperty logarithmic = new SimpleBooleanProperty(this, "logarithmic", false);
    private LossScale.Range range = LossScale.EMPTY_LINEAR;

    LossAxis() {
        super(0, 1);
        setAutoRanging(true);
        setMinorTickVisible(false);
        setAnimated(false);
        logarithmic.addListener((obs, was, log) -> {
            invalidateRange();
            requestAxisLayout();
        });
    }

    /** True for a logarithmic scale. */
    BooleanProperty logarithmicProperty() {
        return logarithmic;
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        LossScale.Range r = logarithmic.get() ? LossScale.logarithmic(minValue, maxValue) : LossScale.linear(maxValue);
        return new Object[] {r, calculateNewScale(length, r.lower(), r.upper())};
    }

    @Override
    protected Object getRange() {
        return new Object[] {range, getScale()};
    }

    @Override
    protected void setRange(Object value, boolean animate) {
        Object[] pair = (Object[]) value;
        range = (LossScale.Range) pair[0];
        setLowerBound(range.lower());
        setUpperBound(range.upper());
        currentLowerBound.set(range.lower());
        setScale((Double) pair[1]);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object value) {
        LossScale.Range r = (LossScale.Range) ((Object[]) value)[0];
        return List.copyOf(LossScale.ticks(r, logarithmic.get()));
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return LossScale.label(value.doubleValue());
    }

    @Override
    public double getDisplayPosition(Number value) {
        return super.getDisplayPosition(toAxis(value.doubleValue()));
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        double at = super.getValueForDisplay(displayPosition).doubleValue();
        return logarithmic.get() ? Math.pow(10, at) : at;
    }

    @Override
    public boolean isValueOnAxis(Number value) {
        return super.isValueOnAxis(toAxis(value.doubleValue()));
    }

    @Override
    public double getZeroPosition() {
        return logarithmic.get() ? Double.NaN : super.getZeroPosition();
    }

    private double toAxis(double value) {
        return logarithmic.get() ? Math.log10(Math.max(value, SMALLEST)) : value;
    }
}
