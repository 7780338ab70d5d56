package org.neurocanvas.data;

import java.util.Objects;

/**
 * A data set cut in two: the samples a model learns from and the samples held back to measure it.
 * Every sample of the original lies in exactly one side.
 *
 * @param train      the samples to learn from
 * @param validation the held-back samples (empty when the validation fraction is 0)
 */
public record Split(Dataset train, Dataset validation) {

    /** Rejects a missing side. */
    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
    }
}
