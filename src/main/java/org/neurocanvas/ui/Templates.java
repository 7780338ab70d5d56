package org.neurocanvas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurocanvas.data.BuiltInDataset;
import org.neurocanvas.data.KnownDataset;
import org.neurocanvas.data.SequenceTask;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.editor.CardText;

/**
 * What File > New from Template offers: each sample project with a line that says what it is,
 * made from the project itself (its size and the data it learns from), so it never goes stale.
 * Plain Java, tested without a window.
 */
public final class Templates {

    /**
     * One sample project.
     *
     * @param file        the project file
     * @param name        its name, {@code spiral-mlp}
     * @param description "5 layers, 4,547 params · Points along interleaved spiral arms, ..."
     * @param graph       its network, as its cards lie
     */
    public record Template(Path file, String name, String description, Graph graph) {
    }

    private Templates() {
    }

    /** Every sample project in {@code folder} that reads, by name; a file that does not read is left out. */
    public static List<Template> in(Path folder) {
        List<Template> templates = new ArrayList<>();
        for (Path file : SampleProjects.in(folder)) {
            try {
                Project project = ProjectIO.read(file);
                templates.add(new Template(file, SampleProjects.name(file), describe(project), project.graph()));
            } catch (ProjectFileException e) {
                // A broken sample is no template; Open Sample still reports what is wrong with it.
            }
        }
        return templates;
    }

    /** The project's size, then what it learns from. */
    static String describe(Project project) {
        int layers = project.graph().nodes().size();
        String size = layers + (layers == 1 ? " layer, " : " layers, ") + CardText.parameters(project.analyse().totalParameters());
        return size + " · " + data(project.data());
    }

    /** The data set's own sentence; for files, the file; what the network predicts when not a class. */
    static String data(DataSpec d) {
        String source = d.source();
        String what;
        if (DataSpec.GENERATED.contains(source)) {
            what = String.format(Locale.US, "%,d generated points, %d classes. %s", d.samples(), d.classes(),
                    BuiltInDataset.byId(source).description());
        } else if (DataSpec.SEQUENCES.contains(source)) {
            what = String.format(Locale.US, "%,d generated sequences of %d steps. %s", d.samples(), d.length(),
                    SequenceTask.byId(source).description());
        } else if (DataSpec.SHIPPED.contains(source)) {
            what = KnownDataset.byId(source).description();
        } else {
            what = source.toUpperCase(Locale.ROOT) + " data from " + d.path() + ".";
        }
        if (DataSpec.RECONSTRUCTION.equals(d.task())) {
            return "Learns to give back its input: " + lowerFirst(what);
        }
        return what;
    }

    private static String lowerFirst(String text) {
        // "10,000 real MNIST digits" keeps its digits; "Points along" becomes "points along".
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
