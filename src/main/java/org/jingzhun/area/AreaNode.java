package org.jingzhun.area;

import java.util.List;

/** An area in the administration tree with its sub-areas and the households registered under it. */
public record AreaNode(Area area, List<AreaNode> children, long households) {

    /** The level a new sub-area would have, or null under a village. */
    public AreaLevel childLevel() {
        return AreaAdministration.childLevel(area.getLevel());
    }

}
