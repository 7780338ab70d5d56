package org.neurocanvas.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Something a loader can open, perhaps more than once (the CSV loader reads twice): a file, or a
 * resource that ships inside the application. Gzip is recognised by its first two bytes, not by
 * the name, so "digits.csv.gz" and a gzipped file without the suffix both decompress.
 *
 * @param name   the name used in messages, e.g. "iris.csv"
 * @param opener opens a fresh stream of the raw (maybe gzipped) bytes
 */
record DataSource(String name, Opener opener) {

    /** Opens a fresh stream; like a Supplier that may fail with an IOException. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** A file on disk, named in messages by its file name. */
    static DataSource of(Path file) {
        return new DataSource(String.valueOf(file.getFileName()), () -> Files.newInputStream(file));
    }

    /**
     * A resource on the class path, e.g. "/samples/data/iris.csv".
     *
     * @throws DataFileException when it is not there
     */
    static DataSource resource(String path) throws DataFileException {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (DataSource.class.getResource(path) == null) {
            throw new DataFileException(name + ": expected a data file shipped with NeuroCanvas at " + path
                    + ", found none.");
        }
        return new DataSource(name, () -> DataSource.class.getResourceAsStream(path));
    }

    /** A buffered stream of the content, gunzipped when the content starts with gzip's magic bytes. */
    InputStream open() throws DataFileException {
        try {
            InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
            raw.mark(2);
            int first = raw.read();
            int second = raw.read();
            raw.reset();
            if (first == 0x1f && second == 0x8b) {
                return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
            }
            return raw;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** One sentence for a failure to read: a missing file, no permission, a broken disk or archive. */
    DataFileException unreadable(IOException e) {
        String found;
        if (e instanceof NoSuchFileException) {
            found = "no such file";
        } else if (e instanceof AccessDeniedException) {
            found = "no permission to read it";
        } else {
            found = "the error '" + e.getMessage() + "'";
        }
        return new DataFileException(name + ": expected a readable file, found " + found + ".", e);
    }
}
