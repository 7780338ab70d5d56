package org.neurocanvas.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.engine.Parameter;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.Project;

/**
 * A bundle's network rebuilt from its project file, with the bundle's tensors put into it. The
 * same comparison guards saving: a network edited after training no longer fits its weights.
 */
final class BundleNetwork {

    private BundleNetwork() {
    }

    /**
     * The network of the bundle's project with the bundle's tensors in place of the drawn weights.
     *
     * @throws ModelFileException naming the entry that is missing, left over or of the wrong shape
     */
    static Program build(ModelBundle bundle) throws ModelFileException {
        Program program = compile(bundle.project(), bundle.source() + ": its project.json");
        Map<String, INDArray> targets = targets(program);
        for (Map.Entry<String, INDArray> target : targets.entrySet()) {
            String name = target.getKey();
            Tensor t = bundle.tensors().get(name);
            String entry = EntryNames.forTensor(name);
            if (t == null) {
                throw new ModelFileException(bundle.source() + " lacks entry " + entry + ", the " + name + " that layer "
                        + layerOf(name) + " needs.");
            }
            if (!Arrays.equals(t.shape(), target.getValue().shape())) {
                throw new ModelFileException(bundle.source() + ": entry " + entry + " holds shape " + Arrays.toString(t.shape())
                        + ", but layer " + layerOf(name) + " of the network needs " + Arrays.toString(target.getValue().shape()) + ".");
            }
            target.getValue().assign(Nd4j.create(t.values(), t.shape(), 'c').castTo(target.getValue().dataType()));
        }
        Set<String> unused = new LinkedHashSet<>(bundle.tensors().keySet());
        unused.removeAll(targets.keySet());
        if (!unused.isEmpty()) {
            String name = unused.iterator().next();
            throw new ModelFileException(bundle.source() + ": entry " + EntryNames.forTensor(name) + " holds " + name
                    + ", which the network of project.json has no place for.");
        }
        return program;
    }

    /**
     * Checks, before saving, that the project still describes the trained network.
     *
     * @throws ModelFileException naming the first layer whose weights changed since training
     */
    static void checkTrained(Project project, Program trained, String source) throws ModelFileException {
        Map<String, INDArray> now = targets(compile(project, source + " cannot be saved: its project"));
        Map<String, INDArray> then = targets(trained);
        for (Map.Entry<String, INDArray> t : then.entrySet()) {
            INDArray n = now.get(t.getKey());
            if (n == null || !Arrays.equals(n.shape(), t.getValue().shape())) {
                throw new ModelFileException(source + " cannot be saved: layer " + layerOf(t.getKey()) + " changed after training ("
                        + t.getKey() + " is " + Arrays.toString(t.getValue().shape()) + " in the trained network but "
                        + (n == null ? "gone" : Arrays.toString(n.shape())) + " on the canvas); train the network again.");
            }
        }
        if (now.size() != then.size()) {
            String added = now.keySet().stream().filter(name -> !then.containsKey(name)).findFirst().orElseThrow();
            throw new ModelFileException(source + " cannot be saved: layer " + layerOf(added)
                    + " was added after training; train the network again.");
        }
    }

    private static Program compile(Project project, String what) throws ModelFileException {
        try {
            return Compiler.program(project);
        } catch (CompileException e) {
            throw new ModelFileException(what + " describes a network that cannot be built: " + e.getMessage(), e);
        }
    }

    /** Every parameter and state array of a program, by name. */
    private static Map<String, INDArray> targets(Program program) {
        Map<String, INDArray> all = new LinkedHashMap<>();
        for (Parameter p : program.parameters()) {
            all.put(p.name(), p.value());
        }
        all.putAll(program.state());
        return all;
    }

    static String layerOf(String tensorName) {
        int slash = tensorName.lastIndexOf('/');
        return slash < 0 ? tensorName : tensorName.substring(0, slash);
    }
}
