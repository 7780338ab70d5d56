package org.neurocanvas.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes project files; every failure is a {@link ProjectFileException} naming the file. */
public final class ProjectIO {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectIO() {
    }

    /**
     * @throws ProjectFileException a sentence naming the file, and the line or JSON path at fault
     */
    public static Project read(Path file) throws ProjectFileException {
        String where = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(where + ": no such file.");
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(where + ": permission denied.");
        } catch (IOException e) {
            throw new ProjectFileException(where + ": cannot be read (" + e.getMessage() + ").");
        }
        Project project = fromJson(text, where);
        project.setFolder(file.toAbsolutePath().getParent());
        return project;
    }

    /**
     * A project from the text of a project file (inside a model bundle, say).
     *
     * @param where the name that messages give the text, such as {@code project.json}
     * @throws ProjectFileException a sentence naming {@code where}, and the line or JSON path at fault
     */
    public static Project fromJson(String text, String where) throws ProjectFileException {
        return fromJson(text, where, Migrations.PROJECT);
    }

    /**
     * A project from the text of a project file that belongs in {@code folder} (a recovery copy of
     * a saved project, say), so that its relative data paths resolve as they did.
     */
    public static Project fromJson(String text, String where, Path folder) throws ProjectFileException {
        Project project = fromJson(text, where);
        project.setFolder(folder);
        return project;
    }

    /** As {@link #fromJson(String, String)}, upgrading older versions through these migrations. */
    static Project fromJson(String text, String where, Migrations migrations) throws ProjectFileException {
        ProjectFile.Header header = parse(where, () -> JSON.readValue(text, ProjectFile.Header.class));
        if (!ProjectFile.FORMAT.equals(header.format())) {
            throw new ProjectFileException(where + ": expected \"format\": \"" + ProjectFile.FORMAT + "\", found "
                    + (header.format() == null ? "none" : "\"" + header.format() + "\"") + ". Is this a NeuroCanvas project?");
        }
        int version = header.version();
        if (version > migrations.current()) {
            throw new ProjectFileException(where + ": written by a newer NeuroCanvas (project version " + version
                    + "; this one reads up to version " + migrations.current() + "): update NeuroCanvas to open it.");
        }
        if (version < 1) {
            throw new ProjectFileException(where + ": $.version: expected a version from 1 to " + migrations.current() + ", found " + version + ".");
        }
        if (version == migrations.current()) {
            return toProject(parse(where, () -> JSON.readValue(text, ProjectFile.class)), where);
        }
        // Positions in messages would point into the upgraded JSON, not the file, so the old file is read without them.
        ObjectNode upgraded = migrations.upgrade((ObjectNode) parse(where, () -> JSON.readTree(text)), version);
        return toProject(parse(where, () -> JSON.treeToValue(upgraded, ProjectFile.class)), where);
    }

    /** One Jackson read, whose failures {@link #parse} turns into sentences. */
    private interface JsonRead<T> {
        T read() throws JsonProcessingException;
    }

    private static <T> T parse(String where, JsonRead<T> read) throws ProjectFileException {
        try {
            return read.read();
        } catch (UnrecognizedPropertyException e) {
            throw new ProjectFileException(where + at(e.getLocation()) + ": " + path(e.getPath())
                    + ": unknown field '" + e.getPropertyName() + "' (written by a newer NeuroCanvas?).");
        } catch (JsonMappingException e) {
            String path = e.getPath().isEmpty() ? "" : path(e.getPath()) + ": ";
            throw new ProjectFileException(where + at(e.getLocation()) + ": " + path + reason(e));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(where + at(e.getLocation()) + ": " + reason(e));
        }
    }

    private static Project toProject(ProjectFile pf, String where) throws ProjectFileException {
        require(pf.data() != null, where, "$.data", "a data section");
        require(pf.training() != null, where, "$.training", "a training section");
        require(pf.graph() != null, where, "$.graph", "a graph section with nodes and edges");
        Project project = new Project(pf.name() == null ? stem(where) : pf.name(), pf.data(), pf.training());
        project.setView(pf.view());
        if (pf.history() != null) {
            pf.history().forEach(project::addRun);
        }
        Graph graph = project.graph();
        List<ProjectFile.Node> nodes = listOf(pf.graph().nodes());
        for (int i = 0; i < nodes.size(); i++) {
            ProjectFile.Node n = nodes.get(i);
            String at = "$.graph.nodes[" + i + "]";
            require(n.id() != null && !n.id().isBlank(), where, at + ".id", "a layer name");
            require(!graph.contains(n.id()), where, at + ".id", "a name no other layer has, found '" + n.id() + "' twice");
            LayerNode node;
            try {
                node = new LayerNode(n.id(), Catalog.byId(String.valueOf(n.kind())), n.x(), n.y());
            } catch (IllegalArgumentException e) {
                throw new ProjectFileException(where + ": " + at + ".kind: " + e.getMessage());
            }
            for (Map.Entry<String, Object> s : (n.settings() == null ? Map.<String, Object>of() : n.settings()).entrySet()) {
                try {
                    node.put(s.getKey(), s.getValue());
                } catch (IllegalArgumentException e) {
                    throw new ProjectFileException(where + ": " + at + ".settings." + s.getKey() + ": " + e.getMessage());
                }
            }
            graph.add(node);
        }
        List<ProjectFile.Wire> edges = listOf(pf.graph().edges());
        for (int i = 0; i < edges.size(); i++) {
            ProjectFile.Wire w = edges.get(i);
            String at = "$.graph.edges[" + i + "]";
            require(graph.contains(w.from()), where, at + ".from", "the name of a layer, found '" + w.from() + "'");
            require(graph.contains(w.to()), where, at + ".to", "the name of a layer, found '" + w.to() + "'");
            Optional<String> refused = graph.checkConnection(w.from(), w.to());
            if (refused.isPresent()) {
                throw new ProjectFileException(where + ": " + at + ": " + refused.get());
            }
            graph.connect(new Edge(w.from(), w.to()), Integer.MAX_VALUE);
        }
        return project;
    }

    private static void require(boolean ok, String where, String path, String expected) throws ProjectFileException {
        if (!ok) {
            throw new ProjectFileException(where + ": " + path + ": expected " + expected + ".");
        }
    }

    /** Writes the project so that a crash mid-write never leaves a half file: a temporary file, then an atomic rename. */
    public static void write(Project project, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, toJson(project));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            project.setFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The text of the project's file, exactly as {@link #write} saves it. */
    public static String toJson(Project project) {
        List<ProjectFile.Node> nodes = new ArrayList<>();
        for (LayerNode n : project.graph().nodes()) {
            nodes.add(new ProjectFile.Node(n.id(), n.kind().id(), n.x(), n.y(), n.settings()));
        }
        List<ProjectFile.Wire> edges = project.graph().edges().stream().map(e -> new ProjectFile.Wire(e.from(), e.to())).toList();
        ProjectFile pf = new ProjectFile(ProjectFile.FORMAT, ProjectFile.VERSION, project.name(),
                new ProjectFile.GraphJson(nodes, edges), project.data(), project.training(), project.view().orElse(null),
                project.history().isEmpty() ? null : project.history());
        try {
            return JSON.writeValueAsString(pf);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A project always converts to JSON: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** Jackson's path as JSONPath: {@code $.graph.nodes[3].settings}. */
    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            sb.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        return sb.toString();
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        // Jackson appends source and type details meant for programmers; a person needs the first clause.
        String msg = e.getOriginalMessage().replaceAll("(?s)\\s*\\((start marker|for ).*$", "").replace('\n', ' ');
        return msg.endsWith(".") ? msg : msg + ".";
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
