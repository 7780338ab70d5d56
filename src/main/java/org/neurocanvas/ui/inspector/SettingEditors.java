package org.neurocanvas.ui.inspector;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.neurocanvas.model.SettingSpec.Type;
import org.neurocanvas.ui.Styles;

/**
 * Editors for {@link SettingItem}s. Text fields commit on Enter or when they lose focus, not
 * on every key, so a half-typed number is never sent to the model; Escape puts the model's
 * value back. While a person types, a value the model would refuse turns the field red, and the
 * inspector shows the model's sentence; committed anyway, it reverts the field, and the status bar says why.
 */
public final class SettingEditors {

    private SettingEditors() {
    }

    /**
     * The editor for an item: a combo box for choices (one that takes typing too for text with
     * suggestions), a text field with a Choose file… button for a file, a text field for the rest.
     */
    public static PropertyEditor<?> create(PropertySheet.Item item) {
        SettingItem setting = (SettingItem) item;
        PropertyEditor<?> editor = editorFor(setting);
        setting.editorId().ifPresent(editor.getEditor()::setId);
        return editor;
    }

    private static PropertyEditor<?> editorFor(SettingItem setting) {
        if (setting.type() == Type.CHOICE || setting.type() == Type.TEXT && !setting.choices().isEmpty()) {
            return new ChoiceEditor(setting);
        }
        if (setting.type() == Type.BOOLEAN) {
            return new FlagEditor(setting);
        }
        if (setting.fileFolder().isPresent()) {
            return new FileEditor(setting);
        }
        return new TextEditor(setting);
    }

    /** How a value reads in a field: numbers without trailing zeros, {@code 0.01} rather than {@code 0.010}. */
    static String format(Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : String.valueOf(value);
    }

    /** Set on a text field whose typed value the model would refuse. */
    public static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private static class TextEditor implements PropertyEditor<Object> {
        protected final SettingItem item;
        protected final TextField field = new TextField();

        TextEditor(SettingItem item) {
            this.item = item;
            field.textProperty().addListener((o, was, typed) -> check(typed));
            if (item.type() == Type.INT || item.type() == Type.DOUBLE) {
                String allowed = item.type() == Type.INT ? "-?[0-9]*" : "[-+0-9.eE]*";
                UnaryOperator<TextFormatter.Change> filter = c -> c.getControlNewText().matches(allowed) ? c : null;
                field.setTextFormatter(new TextFormatter<>(filter));
            }
            field.setOnAction(e -> commit());
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit();
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    setValue(item.getValue());
                    e.consume();
                }
            });
            item.getObservableValue().orElseThrow().addListener((o, old, now) -> setValue(now));
        }

        // The model's value is never refused, even one an older file holds out of range.
        private void check(String typed) {
            Optional<String> refused = typed.equals(format(item.getValue())) ? Optional.empty() : item.refusal(typed);
            field.pseudoClassStateChanged(REFUSED, refused.isPresent());
            field.setAccessibleHelp(refused.orElse(null));
            item.typedRefusalProperty().set(refused.orElse(""));
        }

        protected void commit() {
            if (!field.getText().equals(format(item.getValue()))) {
                item.setValue(field.getText());
                setValue(item.getValue());
            }
        }

        @Override
        public Node getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return field.getText();
        }

        @Override
        public void setValue(Object value) {
            field.setText(format(value));
        }
    }

    /** A path typed in, or chosen with the platform's file chooser; a chosen path commits at once. */
    private static final class FileEditor extends TextEditor {
        private final VBox box;

        FileEditor(SettingItem item) {
            super(item);
            Button choose = new Button("Choose file…");
            choose.setOnAction(e -> DataFileDialog.ask(choose, "Choose the " + item.getName().toLowerCase(Locale.ROOT),
                    item.fileFolder().orElseThrow().get(), field.getText()).ifPresent(path -> {
                        field.setText(path);
                        commit();
                    }));
            // The button goes under the path: beside it, the narrow inspector would leave the path no room.
            choose.setMaxWidth(Double.MAX_VALUE);
            box = new VBox(field, choose);
            box.getStyleClass().add(Styles.FILE_FIELD);
        }

        @Override
        public Node getEditor() {
            return box;
        }
    }

    /** A check box for an on/off setting; a click commits at once. */
    private static final class FlagEditor implements PropertyEditor<Object> {
        private final CheckBox box = new CheckBox();

        FlagEditor(SettingItem item) {
            box.setSelected(Boolean.TRUE.equals(item.getValue()));
            box.selectedProperty().addListener((o, was, now) -> {
                if (!now.equals(item.getValue())) {
                    item.setValue(now);
                    setValue(item.getValue());
                }
            });
            item.getObservableValue().orElseThrow().addListener((o, old, now) -> setValue(now));
        }

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.isSelected();
        }

        @Override
        public void setValue(Object value) {
            box.setSelected(Boolean.TRUE.equals(value));
        }
    }

    private static final class ChoiceEditor implements PropertyEditor<Object> {
        private final SettingItem item;
        private final ComboBox<String> box = new ComboBox<>();
        private boolean showing;

        ChoiceEditor(SettingItem item) {
            this.item = item;
            box.getItems().setAll(item.choices());
            // Suggestions for a text, such as "auto" for an Input's shape, still take any typed value.
            box.setEditable(item.type() == Type.TEXT);
            box.valueProperty().addListener((o, old, now) -> {
                if (!showing && now != null && !now.equals(format(item.getValue()))) {
                    item.setValue(now);
                    setValue(item.getValue());
                }
            });
            item.getObservableValue().orElseThrow().addListener((o, old, now) -> setValue(now));
        }

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.getValue();
        }

        /** Shows a value from the model without sending it back as an edit. */
        @Override
        public void setValue(Object value) {
            showing = true;
            try {
                box.setValue(format(value));
            } finally {
                showing = false;
            }
        }
    }
}
