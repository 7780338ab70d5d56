import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.Project;

/**
 * How long shape inference and validation take on a 300-layer graph, the size the model issue names.
 * Run after `mvn package -DskipTests`:
 * {@code java -cp "target/classes:target/lib/*" benchmarks/AnalysisTiming.java}
 */
public class AnalysisTiming {
    public static void main(String[] args) {
        CommandStack s = new CommandStack(Project.empty());
        String previous = "input_1";
        for (int i = 0; i < 300; i++) {
            AddLayer add = new AddLayer(s.project().graph(), i % 3 == 1 ? Catalog.DROPOUT : Catalog.DENSE, 0, 0, previous);
            s.execute(add);
            previous = add.layerId();
        }
        s.execute(new ChangeSetting(previous, "units", 3));
        s.execute(new Connect(previous, "output_1"));
        for (int i = 0; i < 3000; i++) {
            s.project().analyse();
        }
        int runs = 3000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            s.project().analyse();
        }
        System.out.printf("300-layer analysis: %.1f us per run (valid=%s)%n", (System.nanoTime() - start) / 1e3 / runs,
                s.project().analyse().isValid());
    }
}
