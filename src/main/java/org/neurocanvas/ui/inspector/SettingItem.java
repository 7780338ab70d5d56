package org.neurocanvas.ui.inspector;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.neurocanvas.model.SettingSpec.Type;

/**
 * One editable setting in a {@link PropertySheet}: it reads its value from the model and
 * writes a typed value back through a command. Its value property follows the model (after
 * undo, say), and the editor follows the value property.
 */
public final class SettingItem implements PropertySheet.Item {

    private final String category;
    private final String name;
    private final String description;
    private final Type type;
    private final List<String> choices;
    private final Supplier<Object> read;
    private final Predicate<Object> write;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
    private Supplier<Path> fileFolder;
    private String editorId;
    private Consumer<Object> check = typed -> { };
    private final StringProperty typedRefusal = new SimpleStringProperty(this, "typedRefusal", "");

    /**
     * @param choices the allowed values of a CHOICE; for TEXT, values to pick from or type over
     * @param read the current value in the model
     * @param write runs the command that sets a new value; false when it was refused
     */
    public SettingItem(String category, String name, String description, Type type, List<String> choices,
                       Supplier<Object> read, Predicate<Object> write) {
        this.category = category;
        this.name = name;
        this.description = description;
        this.type = type;
        this.choices = List.copyOf(choices);
        this.read = read;
        this.write = write;
        refresh();
    }

    /**
     * Makes this a file's path, which a file chooser can fill in.
     *
     * @param folder the project's folder (null before its first save): a file inside it is written relative to it
     * @return this item
     */
    public SettingItem choosingFiles(Supplier<Path> folder) {
        this.fileFolder = folder;
        return this;
    }

    /**
     * Gives this setting's editor an id, to find it again after the fields are rebuilt.
     *
     * @return this item
     */
    public SettingItem withEditorId(String id) {
        this.editorId = id;
        return this;
    }

    /**
     * Lets the editor say, as the person types, why a value would be refused: {@code check} throws
     * the model's own sentence for such a value and changes nothing.
     *
     * @return this item
     */
    public SettingItem checkedBy(Consumer<Object> check) {
        this.check = check;
        return this;
    }

    /** The sentence this value would be refused with, without writing it; empty when it would be taken. */
    public Optional<String> refusal(Object typed) {
        try {
            check.accept(typed);
            return Optional.empty();
        } catch (IllegalArgumentException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** Why the value in this setting's field, typed but not yet committed, would be refused; empty when it would not. */
    public StringProperty typedRefusalProperty() {
        return typedRefusal;
    }

    /** The id this setting's editor takes, if any. */
    public Optional<String> editorId() {
        return Optional.ofNullable(editorId);
    }

    /** The project's folder, for a file's path; empty when the value is not a file's path. */
    public Optional<Supplier<Path>> fileFolder() {
        return Optional.ofNullable(fileFolder);
    }

    /** Reads the value again from the model. */
    public void refresh() {
        value.set(read.get());
    }

    /** How the value is typed and edited. */
    public Type type() {
        return type;
    }

    /** The allowed values of a CHOICE, the suggestions of a TEXT, else empty. */
    public List<String> choices() {
        return choices;
    }

    @Override
    public Class<?> getType() {
        return switch (type) {
            case INT -> Integer.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            default -> String.class;
        };
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    /** Writes through the command; whatever the outcome, the value shows the model afterwards. */
    @Override
    public void setValue(Object newValue) {
        write.test(newValue);
        refresh();
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }
}
