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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The company's ideal customer profile (one row, V42) and the thresholds of the tier review. */
@Entity
@Table(name = "icp_profile")
public class IcpProfile extends PanacheEntityBase {
    public static final short ID = 1;

    @Id
    public short id;
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
    public int reviewLowFit;
    public int reviewHighFit;
    public int reviewMonths;
    public Instant updatedAt;
    @Version
    public long version;
}
