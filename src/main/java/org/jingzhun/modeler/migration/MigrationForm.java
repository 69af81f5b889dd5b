package org.jingzhun.modeler.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's migration request: from which definition to which, the target activity chosen for each active
 * source activity the engine could not map by id, and the instances to move.
 */
public class MigrationForm {

    private String source;

    private String target;

    /** source activity id → target activity id, only for activities without an equal id in the target */
    private Map<String, String> mapping = new LinkedHashMap<>();

    private boolean updateEventTriggers;

    private List<String> instances = new ArrayList<>();

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Map<String, String> getMapping() {
        return mapping;
    }

    public void setMapping(Map<String, String> mapping) {
        this.mapping = mapping;
    }

    public boolean isUpdateEventTriggers() {
        return updateEventTriggers;
    }

    public void setUpdateEventTriggers(boolean updateEventTriggers) {
        this.updateEventTriggers = updateEventTriggers;
    }

    public List<String> getInstances() {
        return instances;
    }

    public void setInstances(List<String> instances) {
        this.instances = instances;
    }

    /** The admin's choices that name a target; an empty select means "not mapped yet". */
    Map<String, String> chosenMappings() {
        Map<String, String> chosen = new LinkedHashMap<>();
        mapping.forEach((from, to) -> {
            if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
                chosen.put(from, to);
            }
        });
        return chosen;
    }

}
