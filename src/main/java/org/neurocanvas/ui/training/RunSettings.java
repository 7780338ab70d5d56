package org.neurocanvas.ui.training;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.TrainingSpec;

/**
 * The settings a run is recorded with, by the names of the project file's training settings
 * ({@code learningRate -> 0.003}) plus {@code data}, the source it learned from; and the way back,
 * from a recorded run to training settings. Plain Java, tested without a window.
 */
public final class RunSettings {

    /** The key of the data source, the one setting that is not a training setting. */
    public static final String DATA = "data";

    private RunSettings() {
    }

    /** The project's training settings and data source, in the order the inspector lists them. */
    public static Map<String, String> of(Project project) {
        TrainingSpec t = project.training();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("optimizer", t.optimizer());
        settings.put("learningRate", number(t.learningRate()));
        settings.put("batchSize", String.valueOf(t.batchSize()));
        settings.put("epochs", String.valueOf(t.epochs()));
        settings.put("seed", String.valueOf(t.seed()));
        settings.put("validationSplit", number(t.validationSplit()));
        settings.put("patience", String.valueOf(t.patience()));
        settings.put("schedule", t.schedule());
        settings.put("scheduleStep", String.valueOf(t.scheduleStep()));
        settings.put("scheduleFactor", number(t.scheduleFactor()));
        settings.put("warmupEpochs", String.valueOf(t.warmupEpochs()));
        settings.put("l2", number(t.l2()));
        settings.put("weightDecay", number(t.weightDecay()));
        settings.put("clipNorm", number(t.clipNorm()));
        settings.put("clipValue", number(t.clipValue()));
        settings.put(DATA, data(project.data()));
        return settings;
    }

    /**
     * The training settings a run had, over {@code current}: a setting the record lacks (an older
     * record) stays as it is now.
     *
     * @throws IllegalArgumentException naming the setting whose recorded value is not valid
     */
    public static TrainingSpec restore(TrainingSpec current, Map<String, String> recorded) {
        Reader r = new Reader(recorded);
        return new TrainingSpec(r.text("optimizer", current.optimizer()), r.real("learningRate", current.learningRate()),
                r.whole("batchSize", current.batchSize()), r.whole("epochs", current.epochs()),
                r.wholeLong("seed", current.seed()), r.real("validationSplit", current.validationSplit()),
                r.whole("patience", current.patience()), r.text("schedule", current.schedule()),
                r.whole("scheduleStep", current.scheduleStep()), r.real("scheduleFactor", current.scheduleFactor()),
                r.whole("warmupEpochs", current.warmupEpochs()), r.real("l2", current.l2()),
                r.real("weightDecay", current.weightDecay()), r.real("clipNorm", current.clipNorm()),
                r.real("clipValue", current.clipValue()));
    }

    /** "spiral", "iris", or for a file its source and path: "csv data/my.csv". */
    static String data(DataSpec d) {
        return d.path() == null ? d.source() : d.source() + " " + d.path();
    }

    /** A setting's number as typed: 0.003, not 0.0030 or 3.0E-3. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Reads recorded values, each with a sentence naming the setting when it is not a number. */
    private record Reader(Map<String, String> recorded) {

        String text(String key, String fallback) {
            return recorded.getOrDefault(key, fallback);
        }

        double real(String key, double fallback) {
            String value = recorded.get(key);
            try {
                return value == null ? fallback : Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw refused(key, value);
            }
        }

        int whole(String key, int fallback) {
            return Math.toIntExact(wholeLong(key, fallback));
        }

        long wholeLong(String key, long fallback) {
            String value = recorded.get(key);
            try {
                return value == null ? fallback : Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw refused(key, value);
            }
        }

        private static IllegalArgumentException refused(String key, String value) {
            return new IllegalArgumentException("The run's setting '" + key + "' must be a number, found '" + value + "'.");
        }
    }
}
