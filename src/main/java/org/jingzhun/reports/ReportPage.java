package org.jingzhun.reports;

import java.util.List;

import org.jingzhun.area.Area;

/** Everything /reports shows for one area: where it sits, where to drill down, and its reports. */
record ReportPage(Area area, List<Area> trail, List<Area> ownAreas, List<Area> children,
        List<HouseholdLink> households, List<ReportView> reports) {
}
