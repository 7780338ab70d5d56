package org.neurocanvas.ui.export;

import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.export.TrainingHistory;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.TrainingEvent;
import org.neurocanvas.train.TrainingListener;

/**
 * The last run's network, kept for File > Export Model: the project as it was when training
 * started (the canvas may change afterwards), its compiled program and scaling, and the epochs
 * the run reported.
 */
public final class TrainedModel implements TrainingListener {

    private final String projectJson;
    private final Project project;
    private final Compiler.Compiled compiled;
    private final String network;
    private final List<TrainingHistory.Epoch> epochs = new CopyOnWriteArrayList<>();

    /** Takes a copy of the project as it trains now. */
    public TrainedModel(Project project, Compiler.Compiled compiled) {
        this.projectJson = ProjectIO.toJson(project);
        this.project = project;
        this.compiled = compiled;
        this.network = network(project);
    }

    /** Whether {@code current} still has the network this run trained: the same layers, settings and wires. */
    public boolean trained(Project current) {
        return hasTrained() && network.equals(network(current));
    }

    /** How many epochs ended. */
    public int epochs() {
        return epochs.size();
    }

    // Where the cards lie does not change the network.
    private static String network(Project project) {
        StringBuilder text = new StringBuilder();
        project.graph().nodes().stream().sorted(Comparator.comparing(LayerNode::id)).forEach(node ->
                text.append(node.id()).append(' ').append(node.kind().id()).append(' ').append(new TreeMap<>(node.settings())).append('\n'));
        project.graph().edges().stream().map(Edge::toString).sorted().forEach(edge -> text.append(edge).append('\n'));
        return text.toString();
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.EpochEnd e) {
            epochs.add(new TrainingHistory.Epoch(e.epoch(), e.loss(), e.accuracy(), e.valLoss(), e.valAccuracy()));
        }
    }

    /** Whether at least one epoch ended, so there are trained weights worth exporting. */
    public boolean hasTrained() {
        return !epochs.isEmpty();
    }

    /** The model as a bundle, ready for any export format. */
    public ModelBundle bundle() throws ModelFileException {
        try {
            Project asTrained = ProjectIO.fromJson(projectJson, project.name(), project.folder());
            return ModelBundle.of(asTrained, compiled.program(), compiled.scaler(), compiled.data().train().classNames(),
                    new TrainingHistory(epochs));
        } catch (ProjectFileException e) {
            throw new ModelFileException(e.getMessage());
        }
    }
}
