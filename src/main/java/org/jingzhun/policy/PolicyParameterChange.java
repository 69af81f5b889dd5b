package org.jingzhun.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a policy number; {@code oldValue} is null when a year was added. */
@Entity
@Table(name = "policy_parameter_change")
public class PolicyParameterChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "param_key", nullable = false)
    private String paramKey;

    @Column(name = "param_year")
    private Integer year;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value", nullable = false)
    private String newValue;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String reason;

    protected PolicyParameterChange() {
    }

    PolicyParameterChange(String paramKey, Integer year, String oldValue, String newValue, String changedBy,
            Instant changedAt, String reason) {
        this.paramKey = paramKey;
        this.year = year;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getParamKey() {
        return paramKey;
    }

    public Integer getYear() {
        return year;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

}
