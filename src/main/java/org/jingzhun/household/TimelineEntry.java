package org.jingzhun.household;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jingzhun.notice.PublicNotice;
import org.jingzhun.signoff.SignOff;

/**
 * One event of the lifecycle timeline: a stage entered, a signed decision, a public notice or a status change. Exactly
 * one of the four items is set, as {@link #kind()} says.
 */
public record TimelineEntry(Instant at, Kind kind, Stage stage, SignOff signOff, PublicNotice notice,
        HouseholdStatusChange statusChange) {

    /** In this order when two events share an instant: a decision comes before the status it causes. */
    public enum Kind {
        STAGE, SIGN_OFF, NOTICE, STATUS
    }

    static List<TimelineEntry> of(List<StageVisit> stages, List<SignOff> signOffs, List<PublicNotice> notices,
            List<HouseholdStatusChange> changes) {
        List<TimelineEntry> entries = new ArrayList<>();
        stages.forEach(s -> entries.add(new TimelineEntry(s.startedAt(), Kind.STAGE, s.stage(), null, null, null)));
        signOffs.forEach(s -> entries.add(new TimelineEntry(s.getSignedAt(), Kind.SIGN_OFF, null, s, null, null)));
        notices.forEach(n -> entries.add(new TimelineEntry(n.getPublishedAt(), Kind.NOTICE, null, null, n, null)));
        changes.forEach(c -> entries.add(new TimelineEntry(c.getChangedAt(), Kind.STATUS, null, null, null, c)));
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::kind));
        return entries;
    }

    record StageVisit(Stage stage, Instant startedAt) {
    }

}
