package org.neurocanvas.model;

/** Changes one setting of one layer; successive changes of the same setting fold into one step. */
public final class ChangeSetting implements Command {

    private final String layerId;
    private final String setting;
    private Object oldValue;
    private Object newValue;

    public ChangeSetting(String layerId, String setting, Object newValue) {
        this.layerId = layerId;
        this.setting = setting;
        this.newValue = newValue;
    }

    @Override
    public void execute(Project project) {
        LayerNode node = project.graph().node(layerId);
        Object previous = node.setting(setting);
        node.put(setting, newValue);
        if (oldValue == null) {
            oldValue = previous;
        }
        newValue = node.setting(setting);
    }

    @Override
    public void undo(Project project) {
        project.graph().node(layerId).put(setting, oldValue);
    }

    @Override
    public boolean absorb(Command next) {
        if (next instanceof ChangeSetting c && c.layerId.equals(layerId) && c.setting.equals(setting)) {
            newValue = c.newValue;
            return true;
        }
        return false;
    }

    @Override
    public String description() {
        return "Set " + setting + " of " + layerId + " to " + newValue;
    }
}
