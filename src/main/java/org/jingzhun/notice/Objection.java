package org.jingzhun.notice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private Long noticeId;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    private ObjectionOutcome outcome;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_reason")
    private String reviewReason;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected Objection() {
    }

    public Objection(Long noticeId, String raisedBy, Instant raisedAt, String content) {
        this.noticeId = noticeId;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.content = content;
    }

    public void review(ObjectionOutcome outcome, String reviewedBy, String reason, Instant reviewedAt) {
        this.outcome = outcome;
        this.reviewedBy = reviewedBy;
        this.reviewReason = reason;
        this.reviewedAt = reviewedAt;
    }

    public boolean isReviewed() {
        return outcome != null;
    }

    public Long getId() {
        return id;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getContent() {
        return content;
    }

    public ObjectionOutcome getOutcome() {
        return outcome;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
