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

/** The published text must not show ID numbers, phones, bank accounts or health status. */
@Entity
@Table(name = "public_notice")
public class PublicNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeKind kind;

    @Column(nullable = false)
    private String content;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeStatus status = NoticeStatus.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected PublicNotice() {
    }

    public PublicNotice(Long householdId, NoticeLevel level, NoticeKind kind, String content, Instant publishedAt,
            Instant endsAt) {
        this.householdId = householdId;
        this.level = level;
        this.kind = kind;
        this.content = content;
        this.publishedAt = publishedAt;
        this.endsAt = endsAt;
    }

    public void close(NoticeStatus outcome, Instant closedAt) {
        if (status != NoticeStatus.OPEN) {
            throw new IllegalStateException("Notice " + id + " is already " + status);
        }
        if (outcome == NoticeStatus.OPEN) {
            throw new IllegalArgumentException("a notice closes as PASSED or WITHDRAWN");
        }
        this.status = outcome;
        this.closedAt = closedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public NoticeLevel getLevel() {
        return level;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
