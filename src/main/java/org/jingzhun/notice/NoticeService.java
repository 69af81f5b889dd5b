package org.jingzhun.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.persistence.EntityNotFoundException;

import org.camunda.bpm.engine.RuntimeService;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices (公示) and the objections raised against them. Also the {@code notices} bean the notice timer reads:
 * {@code ${notices.endsAt(noticeId)}}.
 */
@Service("notices")
@Transactional
public class NoticeService {

    public static final String OBJECTION_RAISED = "ObjectionRaised";

    static final int MAX_OBJECTION_LENGTH = 2000;

    static final int MAX_NAME_LENGTH = 100;

    private final PublicNoticeRepository notices;

    private final ObjectionRepository objections;

    private final NoticeText text;

    private final PolicyService policy;

    private final RuntimeService runtimeService;

    private final Today today;

    NoticeService(PublicNoticeRepository notices, ObjectionRepository objections, NoticeText text,
            PolicyService policy, RuntimeService runtimeService, Today today) {
        this.notices = notices;
        this.objections = objections;
        this.text = text;
        this.policy = policy;
        this.runtimeService = runtimeService;
        this.today = today;
    }

    /** Publishes the masked public text for the policy's number of days for this kind of notice. */
    public PublicNotice publish(Long householdId, NoticeLevel level, NoticeKind kind) {
        Instant publishedAt = today.now();
        Instant endsAt = publishedAt.atZone(Today.ZONE).plusDays(policy.noticeDays(kind)).toInstant();
        String content = text.compose(householdId, level, kind, publishedAt, endsAt);
        return notices.save(new PublicNotice(householdId, level, kind, content, publishedAt, endsAt));
    }

    @Transactional(readOnly = true)
    public PublicNotice get(Long noticeId) {
        return notices.findById(noticeId)
            .orElseThrow(() -> new EntityNotFoundException("Notice " + noticeId + " does not exist"));
    }

    @Transactional(readOnly = true)
    public Date endsAt(Long noticeId) {
        return Date.from(get(noticeId).getEndsAt());
    }

    @Transactional(readOnly = true)
    public List<Objection> objections(Long noticeId) {
        return objections.findByNoticeIdOrderByRaisedAtAscIdAsc(noticeId);
    }

    /**
     * Stores an objection to an open notice and wakes the notice's process, which sends it to review. While an
     * earlier objection is still under review no process waits for the message; the new one then stays open and is
     * decided by that review.
     */
    public Objection raiseObjection(Long noticeId, String raisedBy, String content) {
        PublicNotice notice = get(noticeId);
        List<Violation> violations = new ArrayList<>();
        if (notice.getStatus() != NoticeStatus.OPEN || !today.now().isBefore(notice.getEndsAt())) {
            violations.add(new Violation("notice", "validation.notice.closed", noticeId));
        }
        if (raisedBy == null || raisedBy.isBlank()) {
            violations.add(new Violation("raisedBy", "validation.objection.raisedBy.required"));
        }
        else if (raisedBy.strip().length() > MAX_NAME_LENGTH) {
            violations.add(new Violation("raisedBy", "validation.text.tooLong", MAX_NAME_LENGTH));
        }
        if (content == null || content.isBlank()) {
            violations.add(new Violation("content", "validation.objection.content.required"));
        }
        else if (content.strip().length() > MAX_OBJECTION_LENGTH) {
            violations.add(new Violation("content", "validation.text.tooLong", MAX_OBJECTION_LENGTH));
        }
        ValidationException.throwIfAny(violations);
        Objection objection = objections.save(new Objection(noticeId, raisedBy.strip(), today.now(), content.strip()));
        runtimeService.createMessageCorrelation(OBJECTION_RAISED)
            .processInstanceVariableEquals(ProcessVariables.NOTICE_ID, noticeId)
            .correlateAll();
        return objection;
    }

    /** The notice period ended without an upheld objection. */
    public void close(Long noticeId) {
        get(noticeId).close(NoticeStatus.PASSED, today.now());
    }

    /**
     * Records the reviewer's outcome on the objections still open — the latest one and any raised while it was under
     * review; an upheld objection withdraws the notice.
     */
    public List<Objection> reviewObjections(Long noticeId, boolean upheld, String reviewer, String reason) {
        PublicNotice notice = get(noticeId);
        Instant now = today.now();
        List<Objection> open = objections.findByNoticeIdAndOutcomeIsNullOrderByRaisedAt(noticeId);
        open.forEach(objection -> objection.review(upheld ? ObjectionOutcome.UPHELD : ObjectionOutcome.DISMISSED,
                reviewer, reason, now));
        if (upheld) {
            notice.close(NoticeStatus.WITHDRAWN, now);
        }
        return open;
    }

}
