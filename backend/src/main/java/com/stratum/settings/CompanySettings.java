package com.stratum.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The company's own settings: one row (id 1), created by the migration. */
@Entity
@Table(name = "company_settings")
public class CompanySettings extends PanacheEntityBase {
    static final short ID = 1;

    @Id
    public short id;
    /** Brands the e-mails customers get. */
    public String companyName;
    /** ISO 4217 code of the one currency every revenue line is in. */
    public String currency;
    /** The retention gate's gross revenue retention threshold, in percent (100 = nothing lost). */
    public BigDecimal grrThresholdPct;
    public Instant updatedAt;
    @Version
    public long version;
}
