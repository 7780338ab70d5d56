package org.neurocanvas.model;

import java.util.List;
import java.util.Map;

/** Small projects built through commands, as the editor would. */
final class Fixtures {

    private Fixtures() {
    }

    /** Input(2) → Dense(64, relu) → Dense(64, relu) → Dense(3) → Output, like samples/spiral-mlp.json. */
    static CommandStack spiralMlp() {
        CommandStack stack = new CommandStack(Project.empty());
        Graph g = stack.project().graph();
        String previous = "input_1";
        for (int units : new int[] {64, 64, 3}) {
            AddLayer add = new AddLayer(g, Catalog.DENSE, 0, 0, previous);
            stack.execute(add);
            stack.execute(new ChangeSetting(add.layerId(), "units", units));
            previous = add.layerId();
        }
        stack.execute(new ChangeSetting(previous, "activation", "linear"));
        stack.execute(new Connect(previous, "output_1"));
        return stack;
    }

    /** What analysis says of the one layer in Input(shape) → layer → Output, whatever it says of the rest. */
    static Analysis.LayerInfo single(String inputShape, LayerKind kind, Map<String, Object> settings) {
        return Chains.chain(inputShape, 2, List.of(Map.entry(kind, settings))).project().analyse().layer(kind.id().toLowerCase() + "_1");
    }
}
