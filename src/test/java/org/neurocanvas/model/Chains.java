package org.neurocanvas.model;

import java.util.List;
import java.util.Map;

/** Test networks built as chains through commands, as the editor builds them; shared by the rooms' tests. */
public final class Chains {

    private Chains() {
    }

    /**
     * Input (of this shape) → each layer with its settings → Output, on data with this many
     * classes.
     */
    public static CommandStack chain(String inputShape, int classes, List<Map.Entry<LayerKind, Map<String, Object>>> layers) {
        CommandStack s = new CommandStack(Project.empty());
        s.execute(new ChangeTraining(s.project().training(), new DataSpec("gaussians", 100, classes, 0.1, 1), "data"));
        s.execute(new ChangeSetting("input_1", "shape", inputShape));
        String previous = "input_1";
        for (Map.Entry<LayerKind, Map<String, Object>> layer : layers) {
            AddLayer add = new AddLayer(s.project().graph(), layer.getKey(), 0, 0, previous);
            s.execute(add);
            layer.getValue().forEach((k, v) -> s.execute(new ChangeSetting(add.layerId(), k, v)));
            previous = add.layerId();
        }
        s.execute(new Connect(previous, "output_1"));
        return s;
    }
}
