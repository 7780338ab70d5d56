package org.neurocanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.layers.InputKind;
import org.neurocanvas.ui.Styles;
import org.neurocanvas.ui.editor.CardText;
import org.neurocanvas.ui.editor.EditorModel;

/**
 * The right-hand panel (id {@code inspector}): the selected layer's settings with its
 * explanation and formula, or, with nothing selected, the project's training and data
 * settings. Every edit is a command; a refused value reverts and is explained in the status bar.
 */
public final class InspectorView extends ScrollPane {

    /** Id of the project's data Source drop-down. */
    public static final String SOURCE_ID = "inspector-source";

    private final EditorModel editor;
    private final Consumer<String> status;
    private final VBox content = new VBox();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label problem = new Label();
    /** Why the selected layer's card has a dashed border; the status bar shows only the first hint, cut off. */
    private final Label hint = new Label();
    private final Label lockNote = new Label("Settings are locked while training runs.");
    private final VBox sections = new VBox();
    private final List<SettingItem> items = new ArrayList<>();
    private final List<PropertySheet> sheets = new ArrayList<>();
    // What the panel shows: a layer, a selection, or the project's fields; a changed target means a rebuild.
    private Object shown = this;
    /** File > Import Data…, offered below the data settings; null for no button. */
    private Runnable importData;

    /**
     * @param status shows a refused value's sentence
     */
    public InspectorView(EditorModel editor, Consumer<String> status) {
        this.editor = editor;
        this.status = status;
        setId("inspector");
        getStyleClass().add(Styles.INSPECTOR);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.getStyleClass().add(Styles.INSPECTOR_TITLE);
        subtitle.getStyleClass().add(Styles.INSPECTOR_SUBTITLE);
        problem.getStyleClass().add(Styles.CARD_PROBLEM);
        hint.setId("inspector-hint");
        hint.getStyleClass().add(Styles.INSPECTOR_HINT);
        lockNote.getStyleClass().add(Styles.LOCK_NOTE);
        for (Label l : List.of(title, subtitle, problem, hint, lockNote)) {
            l.setWrapText(true);
            l.managedProperty().bind(l.visibleProperty());
        }
        lockNote.setVisible(false);
        content.getStyleClass().add(Styles.INSPECTOR_CONTENT);
        content.getChildren().addAll(title, subtitle, problem, hint, lockNote, sections);
        setContent(content);
        editor.session().addChangeListener(this::refresh);
        editor.selection().addListener(this::refresh);
        refresh();
    }

    /** While training runs, the settings are shown but cannot be edited. */
    public void setLocked(boolean locked) {
        lockNote.setVisible(locked);
        sheets.forEach(s -> s.setDisable(locked));
    }

    /** Offers an Import Data… button below the data settings that runs this (File > Import Data…). */
    public void setOnImport(Runnable action) {
        importData = action;
        shown = this;
        refresh();
    }

    /** Shows the current selection, rebuilding the fields only when the subject changed. */
    public void refresh() {
        LayerNode node = editor.selection().single().map(editor.graph()::node).orElse(null);
        Project project = editor.session().project();
        // The project's fields depend on its data source: another source, other fields.
        Object target = node != null ? node : editor.selection().isEmpty() ? projectKey(project) : editor.selection();
        if (!target.equals(shown)) {
            // Another layer, or back from one, starts at its name; the project's own fields, rebuilt
            // for another data source, keep the place the person is editing.
            boolean anotherSubject = node != null || shown instanceof LayerNode;
            // A new source rebuilds the Source drop-down too: it keeps the focus, or the next arrow key switches the tab.
            boolean sourceFocused = getScene() != null && getScene().getFocusOwner() != null
                    && SOURCE_ID.equals(getScene().getFocusOwner().getId());
            // Set first: removing a focused field commits it, which runs a command and calls back here.
            shown = target;
            items.clear();
            sheets.clear();
            sections.getChildren().clear();
            if (node != null) {
                buildLayer(node);
            } else if (editor.selection().isEmpty()) {
                buildProject(project);
            }
            setLocked(lockNote.isVisible());
            if (anotherSubject) {
                setVvalue(0);
            }
            if (sourceFocused) {
                focusSource();
            }
        }
        items.forEach(SettingItem::refresh);
        describe(node);
    }

    private void focusSource() {
        // The sheets make their editors when their skins are made, on the CSS pass.
        sections.applyCss();
        Node source = sections.lookup("#" + SOURCE_ID);
        if (source != null) {
            source.requestFocus();
        }
    }

    private void describe(LayerNode node) {
        Analysis analysis = editor.analysis();
        problem.setVisible(false);
        hint.setVisible(false);
        if (node != null) {
            CardText text = CardText.of(node, analysis.layer(node.id()));
            title.setText(node.id());
            subtitle.setText(node.kind().id() + "  ·  " + text.shape() + "  ·  " + text.parameters());
            problem.setText(text.problem());
            problem.setVisible(!text.valid());
            analysis.hint(node.id()).ifPresent(h -> {
                hint.setText(h);
                hint.setVisible(true);
            });
        } else if (editor.selection().wire().isPresent()) {
            title.setText("Wire");
            subtitle.setText(editor.selection().wire().get() + "\nPress Delete to remove it.");
        } else if (!editor.selection().isEmpty()) {
            title.setText(editor.selection().layers().size() + " layers selected");
            subtitle.setText("Drag one of them to move them together, or press Delete to remove them.");
        } else {
            title.setText(editor.session().project().name());
            subtitle.setText(analysis.order().size() + " layers  ·  " + CardText.parameters(analysis.totalParameters())
                    + "\nSelect a layer to see its settings.");
        }
    }

    private void buildLayer(LayerNode node) {
        List<SettingItem> layerItems = new ArrayList<>();
        for (SettingSpec spec : node.kind().settings()) {
            List<String> choices = node.kind() == Catalog.INPUT && InputKind.SHAPE.equals(spec.name()) ? inputShapes() : spec.choices();
            layerItems.add(new SettingItem("Settings", label(spec.name()), spec.description(), spec.type(), choices,
                    () -> node.setting(spec.name()), v -> editor.changeSetting(node.id(), spec.name(), v))
                    .checkedBy(v -> spec.coerce(node.id(), v)));
        }
        // Add, Flatten and the like have nothing to set: an empty box would look like a fault.
        if (!layerItems.isEmpty()) {
            section("Settings", layerItems);
        }
        Label explanation = new Label(node.kind().explanation());
        explanation.getStyleClass().add(Styles.EXPLANATION);
        explanation.setWrapText(true);
        Label formula = new Label(node.kind().formula());
        formula.getStyleClass().add(Styles.FORMULA);
        formula.setWrapText(true);
        formula.setMaxWidth(Double.MAX_VALUE);
        sections.getChildren().addAll(heading("What it does"), explanation, formula);
    }

    /** An Input offers "auto" (the data's own shape) and the data's shape, when known, and takes any typed shape. */
    private List<String> inputShapes() {
        List<String> shapes = new ArrayList<>(List.of(InputKind.AUTO));
        editor.session().project().data().knownSampleShape().map(Shape::text).ifPresent(shapes::add);
        return shapes;
    }

    private static List<Object> projectKey(Project project) {
        return List.of(project.data().source(), ProjectField.of(project.data()).stream().map(ProjectField::label).toList());
    }

    private void buildProject(Project project) {
        List<SettingItem> training = new ArrayList<>();
        List<SettingItem> data = new ArrayList<>();
        for (ProjectField field : ProjectField.of(project.data())) {
            SettingItem item = new SettingItem(field.section(), field.label(), field.description(), field.type(), field.choices(),
                    () -> field.value(editor.session().project()), v -> changeProject(field, v))
                    .checkedBy(v -> field.command(editor.session().project(), v));
            if (field.file()) {
                item.choosingFiles(() -> editor.session().project().folder());
            }
            if (field.label().equals(ProjectField.SOURCE)) {
                item.withEditorId(SOURCE_ID);
            }
            (field.section().equals(ProjectField.TRAINING) ? training : data).add(item);
        }
        // Data first, as a course goes: the data, then how to train on it.
        section(ProjectField.DATA, data);
        if (importData != null) {
            Button importButton = new Button("Import Data…");
            importButton.setId("inspector-import-data");
            importButton.setTooltip(new Tooltip("Choose a CSV, IDX or CIFAR-10 file or a folder of images, see what it holds, and make it the project's data."));
            importButton.setOnAction(e -> importData.run());
            // Locked with the settings while training runs.
            importButton.disableProperty().bind(lockNote.visibleProperty());
            sections.getChildren().add(importButton);
        }
        section(ProjectField.TRAINING, training);
    }

    private boolean changeProject(ProjectField field, Object value) {
        Project project = editor.session().project();
        ChangeTraining command;
        try {
            command = ProjectField.SOURCE.equals(field.label()) && DataChoices.needsFile(project.data(), ProjectField.choice(value))
                    ? fileSource(project, ProjectField.choice(value)) : field.command(project, value);
        } catch (IllegalArgumentException refused) {
            status.accept(refused.getMessage());
            return false;
        }
        return command != null && editor.execute(command);
    }

    /** A file source needs its file, and an IDX source its labels too: the chooser asks before the source changes. */
    private ChangeTraining fileSource(Project project, String source) {
        String kind = "idx".equals(source) ? "IDX images" : "cifar10".equals(source) ? "CIFAR-10 batch" : "CSV";
        Optional<String> path = DataFileDialog.ask(this, "Choose the " + kind + " file", project.folder(), null);
        Optional<String> labels = path.isEmpty() || !DataChoices.needsLabels(source) ? Optional.empty()
                : DataFileDialog.ask(this, "Choose the IDX labels file", project.folder(), path.get());
        if (path.isEmpty() || DataChoices.needsLabels(source) && labels.isEmpty()) {
            status.accept("The data source stays '" + project.data().source() + "': source '" + source + "' needs its file.");
            return null;
        }
        return new ChangeTraining(project.training(), DataChoices.withFiles(project.data(), source, path.get(), labels.orElse(null)),
                "data source");
    }

    private void section(String name, List<SettingItem> sectionItems) {
        PropertySheet sheet = new PropertySheet();
        sheet.getStyleClass().add(Styles.SETTINGS_SHEET);
        sheet.setAccessibleText(name);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(SettingEditors::create);
        sheet.getItems().setAll(sectionItems);
        items.addAll(sectionItems);
        sheets.add(sheet);
        sections.getChildren().addAll(heading(name), sheet, refusal(sectionItems));
    }

    /** Under a section, in red, why the value being typed in one of its fields would be refused; hidden while none would. */
    private static Label refusal(List<SettingItem> sectionItems) {
        Label refusal = new Label();
        refusal.getStyleClass().add(Styles.FIELD_REFUSAL);
        refusal.setWrapText(true);
        refusal.textProperty().bind(Bindings.createStringBinding(
                () -> sectionItems.stream().map(i -> i.typedRefusalProperty().get()).filter(t -> !t.isEmpty()).findFirst().orElse(""),
                sectionItems.stream().map(SettingItem::typedRefusalProperty).toArray(Observable[]::new)));
        refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        return refusal;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    // "learning_rate" reads as "Learning rate" beside its field.
    private static String label(String settingName) {
        String words = settingName.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
