package org.jingzhun.approval;

import java.time.LocalDate;

import org.jingzhun.notice.PublicNotice;
import org.jingzhun.system.Today;

/** A public notice of the household and what came of it: its status and the objections raised and upheld. */
public record NoticeOutcome(PublicNotice notice, int objections, int upheld) {

    public LocalDate from() {
        return LocalDate.ofInstant(notice.getPublishedAt(), Today.ZONE);
    }

    public LocalDate to() {
        return LocalDate.ofInstant(notice.getEndsAt(), Today.ZONE);
    }

}
