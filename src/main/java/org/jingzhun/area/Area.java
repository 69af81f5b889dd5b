package org.jingzhun.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "area")
public class Area {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 12)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AreaLevel level;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "parent_code", length = 12)
    private String parentCode;

    protected Area() {
    }

    public Area(String code, String name, AreaLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    /** The leading digits shared by this area and everything under it; use it to scope queries. */
    public String prefix() {
        return code.substring(0, level.prefixLength());
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AreaLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
