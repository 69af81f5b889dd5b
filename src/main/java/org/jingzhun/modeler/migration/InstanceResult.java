package org.jingzhun.modeler.migration;

import java.util.List;

/** How one instance fared in a dry run: migrated (and rolled back), or the engine's findings. */
record InstanceResult(String processInstanceId, List<Failure> failures) {

    public boolean ok() {
        return failures.isEmpty();
    }

}
