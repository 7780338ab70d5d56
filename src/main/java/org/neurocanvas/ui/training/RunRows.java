package org.neurocanvas.ui.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.neurocanvas.model.RunRecord;

/**
 * A run of the project's history as the Runs tab lists it: when, how long, how it ended, its final
 * figures and its key settings, all as text. Plain Java, tested without a window.
 */
final class RunRows {

    /**
     * One line of the table.
     *
     * @param number    the run's place in the history, from 1
     * @param started   the local date and time it started, "2025-03-01 10:15"
     * @param duration  how long it ran: "42 s", "3 min 5 s"
     * @param outcome   "finished", "stopped", "stopped early at epoch 12" or "failed"
     * @param loss      the final training loss, or a dash
     * @param valLoss   the final validation loss, or a dash
     * @param valAcc    the final validation accuracy, or a dash (none for a regression)
     * @param settings  the key settings: "adam · lr 0.003 · batch 32 · 100 epochs"
     */
    record Row(int number, String started, String duration, String outcome, String loss, String valLoss, String valAcc,
            String settings) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private RunRows() {
    }

    /** The row of the run at {@code number} (from 1), its start shown in {@code zone}. */
    static Row of(RunRecord run, int number, ZoneId zone) {
        Map<String, Double> end = run.finalMetrics();
        return new Row(number, started(run.started(), zone), duration(run.seconds()), outcome(run),
                figure(end.get("loss")), figure(end.get("val_loss")),
                end.containsKey("val_accuracy") ? TrainingTexts.percent(end.get("val_accuracy")) : "–", settings(run.settings()));
    }

    static String started(String instant, ZoneId zone) {
        try {
            return WHEN.format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        long h = s / 3600;
        long m = s % 3600 / 60;
        return (h > 0 ? h + " h " + m + " min" : m + " min " + s % 60 + " s");
    }

    static String outcome(RunRecord run) {
        return switch (run.outcome()) {
            case FINISHED -> "finished";
            case STOPPED -> "stopped";
            case STOPPED_EARLY -> "stopped early, best epoch " + run.bestEpoch();
            case FAILED -> "failed";
        };
    }

    /** "adam · lr 0.003 · batch 32 · 100 epochs · cosine"; the schedule only when not constant. */
    static String settings(Map<String, String> s) {
        StringBuilder text = new StringBuilder(s.getOrDefault("optimizer", "?"));
        text.append(" · lr ").append(s.getOrDefault("learningRate", "?"));
        text.append(" · batch ").append(s.getOrDefault("batchSize", "?"));
        text.append(" · ").append(s.getOrDefault("epochs", "?")).append(" epochs");
        String schedule = s.get("schedule");
        if (schedule != null && !"constant".equals(schedule)) {
            text.append(" · ").append(schedule);
        }
        return text.toString();
    }

    private static String figure(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.4f", value);
    }
}
