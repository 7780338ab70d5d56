package org.neurocanvas.data;

import java.util.Objects;

/**
 * A CSV file loaded together with the schema it was encoded by, so a validation or test file can be
 * loaded to match it: {@link CsvLoader#load(java.nio.file.Path, CsvSchema)}.
 *
 * @param data   the loaded samples
 * @param schema how its columns became features and targets
 */
public record CsvTable(Dataset data, CsvSchema schema) {

    /** Rejects a missing part. */
    public CsvTable {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(schema, "schema");
    }
}
