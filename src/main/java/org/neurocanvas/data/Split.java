package org.neurocanvas.data;

import java.util.Objects;

/**
 * A data set cut in three: the samples a model learns from, the samples held back to measure it
 * while it learns (and to stop or keep the best epoch), and the samples held back from both, to
 * measure it once at the end. Every sample of the original lies in exactly one part.
 *
 * @param train      the samples to learn from
 * @param validation the held-back samples (empty when the validation fraction is 0)
 * @param test       the samples neither trained nor validated on (empty when the test fraction is 0)
 */
public record Split(Dataset train, Dataset validation, Dataset test) {

    /** Rejects a missing part. */
    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
    }

    /** A split that holds no test part back. */
    public Split(Dataset train, Dataset validation) {
        this(train, validation, train.subset(new int[0]));
    }
}
