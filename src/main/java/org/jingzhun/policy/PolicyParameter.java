package org.jingzhun.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A policy number; year-keyed parameters (poverty lines) have a year, the others none. */
@Entity
@Table(name = "policy_parameter")
public class PolicyParameter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "param_key", nullable = false)
    private String paramKey;

    @Column(name = "param_year")
    private Integer year;

    @Column(name = "param_value", nullable = false)
    private String paramValue;

    private String description;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected PolicyParameter() {
    }

    public PolicyParameter(String paramKey, Integer year, String paramValue, String description, Instant changedAt,
            String changedBy) {
        this.paramKey = paramKey;
        this.year = year;
        this.paramValue = paramValue;
        this.description = description;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public void change(String paramValue, Instant changedAt, String changedBy) {
        this.paramValue = paramValue;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
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

    public String getParamValue() {
        return paramValue;
    }

    public String getDescription() {
        return description;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
