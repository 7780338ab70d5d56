package org.neurocanvas.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.neurocanvas.model.layers.InputKind;

/** A network, the data it learns from and how it trains. Changed only through commands. */
public final class Project {

    private final Graph graph = new Graph();
    /** The name of a project never named (nor saved). */
    public static final String UNTITLED = "untitled";

    private String name;
    private DataSpec data;
    /** A sample's shape as a reading of this data's file found it; not saved (see {@link #noteSampleShape}). */
    private DataSpec shapeReadFrom;
    private Shape shapeRead;
    private TrainingSpec training;
    private Path folder;
    private ViewSpec view;
    private final List<RunRecord> history = new ArrayList<>();

    public Project(String name, DataSpec data, TrainingSpec training) {
        this.name = name;
        this.data = data;
        this.training = training;
    }

    /** A project with just an Input and an Output layer, ready to be filled in; the Input takes the data's shape. */
    public static Project empty() {
        Project p = new Project(UNTITLED, DataSpec.spiral(), TrainingSpec.defaults());
        LayerNode input = new LayerNode("input_1", Catalog.INPUT, 80, 200);
        input.put(InputKind.SHAPE, InputKind.AUTO);
        p.graph.add(input);
        p.graph.add(new LayerNode("output_1", Catalog.OUTPUT, 600, 200));
        return p;
    }

    public Graph graph() {
        return graph;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DataSpec data() {
        return data;
    }

    void setData(DataSpec data) {
        this.data = data;
    }

    public TrainingSpec training() {
        return training;
    }

    void setTraining(TrainingSpec training) {
        this.training = training;
    }

    /** Where the canvas was looking when the project was last saved or shown; empty for a new project. */
    public Optional<ViewSpec> view() {
        return Optional.ofNullable(view);
    }

    /** Remembers where the canvas looks, for the next save; a plain setter, as looking around is not an edit. */
    public void setView(ViewSpec view) {
        this.view = view;
    }

    /** Every training run kept with the project, oldest first. */
    public List<RunRecord> history() {
        return List.copyOf(history);
    }

    /**
     * Keeps a finished run in the history. A run is not an edit: it cannot be undone, but it is
     * saved with the project.
     */
    public void addRun(RunRecord run) {
        history.add(Objects.requireNonNull(run, "run"));
    }

    /**
     * Forgets a run of the history, known by when it started ({@link RunRecord#started()}); the
     * other runs keep their order. Like adding one, this is not an edit that Undo takes back.
     *
     * @return whether the history held such a run
     */
    public boolean removeRun(String started) {
        return history.removeIf(run -> run.started().equals(started));
    }

    /** The folder of the project's file, against which data paths resolve; null before the first save. */
    public Path folder() {
        return folder;
    }

    void setFolder(Path folder) {
        this.folder = folder;
    }

    /** A data path of the project as a file: relative paths resolve against the project's folder. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || folder == null ? p : folder.resolve(p);
    }

    /** Shape inference and validation of the current graph against the current data. */
    public Analysis analyse() {
        return Analysis.of(graph, data.knownClasses(), sampleShape().orElse(null), data);
    }

    /** The shape of one sample: known from the data's settings, or as the last reading of its file found it. */
    public Optional<Shape> sampleShape() {
        return data.knownSampleShape().or(() -> Optional.ofNullable(data.readsLike(shapeReadFrom) ? shapeRead : null));
    }

    /**
     * Remembers the shape of one sample of {@code read}, as reading its file found it, for shape
     * inference for as long as the project's data reads like {@code read} ({@link DataSpec#readsLike}).
     * A table's width is known only once its file is read; without it an Input of shape auto leaves
     * every layer's shape unknown.
     */
    public void noteSampleShape(DataSpec read, Shape shape) {
        shapeReadFrom = read;
        shapeRead = shape;
    }
}
