package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;

/**
 * The network's problems as a list to pick from: each layer's problem with the layer it belongs
 * to, so that picking it selects and shows that layer, then the problems of the whole network
 * (no Input, two Outputs), which belong to no layer, and last the hints, which do not keep
 * the network from training.
 */
public final class ProblemList {

    /**
     * One problem: its sentence and the layer it belongs to, if any.
     *
     * @param hint whether it is only a hint, which does not keep the network from training
     */
    public record Problem(Optional<String> layer, String sentence, boolean hint) {

        /** A problem that keeps the network from training. */
        public Problem(Optional<String> layer, String sentence) {
            this(layer, sentence, false);
        }
    }

    private ProblemList() {
    }

    /** Every problem of the analysed graph, layers in flow order first. */
    public static List<Problem> of(Graph graph, Analysis analysis) {
        List<Problem> problems = new ArrayList<>();
        List<LayerNode> ordered = new ArrayList<>(analysis.order());
        graph.nodes().stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
        for (LayerNode n : ordered) {
            Analysis.LayerInfo info = analysis.layer(n.id());
            if (info != null && !info.valid()) {
                problems.add(new Problem(Optional.of(n.id()), info.problem()));
            }
        }
        Set<String> told = problems.stream().map(Problem::sentence).collect(Collectors.toSet());
        analysis.problems().stream().filter(p -> !told.contains(p)).forEach(p -> problems.add(new Problem(Optional.empty(), p)));
        for (LayerNode n : ordered) {
            analysis.hint(n.id()).ifPresent(h -> problems.add(new Problem(Optional.of(n.id()), h, true)));
        }
        return problems;
    }
}
