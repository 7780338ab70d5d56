package org.neurocanvas.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and writes project files; every failure is a {@link ProjectFileException} naming the file. */
public final class ProjectIO {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectIO() {
    }

    /**
     * @throws ProjectFileException a sentence naming the file, and the line or layer at fault
     */
    public static Project read(Path file) throws ProjectFileException {
        String where = file.getFileName().toString();
        ProjectFile pf;
        try {
            pf = JSON.readValue(Files.readString(file), ProjectFile.class);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(where + ": no such file.");
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(where + ": permission denied.");
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(where + at(e.getLocation()) + ": " + reason(e));
        } catch (IOException e) {
            throw new ProjectFileException(where + ": cannot be read (" + e.getMessage() + ").");
        }
        if (!ProjectFile.FORMAT.equals(pf.format())) {
            throw new ProjectFileException(where + ": expected \"format\": \"" + ProjectFile.FORMAT + "\", found "
                    + (pf.format() == null ? "none" : "\"" + pf.format() + "\"") + ". Is this a NeuroCanvas project?");
        }
        if (pf.version() != ProjectFile.VERSION) {
            throw new ProjectFileException(where + ": version " + pf.version() + " is not supported; this NeuroCanvas reads version "
                    + ProjectFile.VERSION + ".");
        }
        try {
            return toProject(pf, where);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(where + ": " + e.getMessage());
        }
    }

    private static Project toProject(ProjectFile pf, String where) {
        if (pf.data() == null || pf.training() == null) {
            throw new IllegalArgumentException("expected both \"data\" and \"training\" sections.");
        }
        Project project = new Project(pf.name() == null ? stem(where) : pf.name(), pf.data(), pf.training());
        Graph graph = project.graph();
        for (ProjectFile.Layer l : listOf(pf.layers())) {
            if (l.id() == null || l.kind() == null) {
                throw new IllegalArgumentException("every layer needs an \"id\" and a \"kind\".");
            }
            LayerNode node = new LayerNode(l.id(), Catalog.byId(l.kind()), l.x(), l.y());
            if (l.settings() != null) {
                for (Map.Entry<String, Object> s : l.settings().entrySet()) {
                    node.put(s.getKey(), s.getValue());
                }
            }
            graph.add(node);
        }
        for (ProjectFile.Wire w : listOf(pf.wires())) {
            if (!graph.contains(w.from()) || !graph.contains(w.to())) {
                throw new IllegalArgumentException("the wire " + w.from() + " → " + w.to() + " names a layer that does not exist.");
            }
            Edge e = new Edge(w.from(), w.to());
            graph.checkConnection(e.from(), e.to()).ifPresent(reason -> {
                throw new IllegalArgumentException(reason);
            });
            graph.connect(e, Integer.MAX_VALUE);
        }
        return project;
    }

    /** Writes the project so that a crash mid-write never leaves a half file: a temporary file, then an atomic rename. */
    public static void write(Project project, Path file) throws IOException {
        List<ProjectFile.Layer> layers = new ArrayList<>();
        for (LayerNode n : project.graph().nodes()) {
            layers.add(new ProjectFile.Layer(n.id(), n.kind().id(), n.x(), n.y(), n.settings()));
        }
        List<ProjectFile.Wire> wires = project.graph().edges().stream().map(e -> new ProjectFile.Wire(e.from(), e.to())).toList();
        ProjectFile pf = new ProjectFile(ProjectFile.FORMAT, ProjectFile.VERSION, project.name(), layers, wires,
                project.data(), project.training());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), pf);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr() + ", column " + loc.getColumnNr();
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
