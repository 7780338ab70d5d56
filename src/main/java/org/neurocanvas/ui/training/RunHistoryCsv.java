package org.neurocanvas.ui.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neurocanvas.model.RunRecord;

/**
 * The project's history as CSV, a run a line: its number, start, seconds, outcome, best epoch, final
 * figures, then every setting any run recorded (blank where a run lacks one). Plain Java, tested
 * without a window.
 */
final class RunHistoryCsv {

    private static final List<String> METRICS = List.of("loss", "accuracy", "val_loss", "val_accuracy");

    private RunHistoryCsv() {
    }

    static String of(List<RunRecord> runs) {
        Set<String> keys = new LinkedHashSet<>();
        runs.forEach(r -> keys.addAll(r.settings().keySet()));
        List<String> header = new ArrayList<>(List.of("run", "started", "seconds", "outcome", "best_epoch"));
        header.addAll(METRICS);
        header.addAll(keys);
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (int i = 0; i < runs.size(); i++) {
            RunRecord r = runs.get(i);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(i + 1), r.started(), String.valueOf(r.seconds()),
                    r.outcome().name().toLowerCase(java.util.Locale.ROOT), String.valueOf(r.bestEpoch())));
            Map<String, Double> end = r.finalMetrics();
            METRICS.forEach(m -> cells.add(end.containsKey(m) ? String.valueOf(end.get(m)) : ""));
            keys.forEach(k -> cells.add(r.settings().getOrDefault(k, "")));
            csv.append(String.join(",", cells.stream().map(RunHistoryCsv::quoted).toList())).append('\n');
        }
        return csv.toString();
    }

    /** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
    static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
