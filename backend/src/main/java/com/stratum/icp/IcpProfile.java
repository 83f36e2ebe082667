package com.stratum.icp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One named ideal customer profile (V54); an account's fit is the best over the active ones. */
@Entity
@Table(name = "icp_fit_profile")
public class IcpProfile extends PanacheEntityBase {
    /** How many profiles the company may keep: each active one multiplies the work of a full recompute. */
    public static final int MAX = 20;

    @Id
    public UUID id;
    public String name;
    public boolean active;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> industries = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries = new ArrayList<>();
    public Integer employeesMin;
    public Integer employeesMax;
    public BigDecimal revenueMin;
    public BigDecimal revenueMax;
    public int industryWeight;
    public int employeesWeight;
    public int revenueWeight;
    public int countryWeight;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
