package org.jingzhun.modeler.migration;

import java.util.List;

/** A process key with its deployed versions, oldest first, and how many instances run on each. */
record ProcessVersions(String key, String name, List<Version> versions) {

    record Version(String definitionId, int version, long running) {
    }

}
