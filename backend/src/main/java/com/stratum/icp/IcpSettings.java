package com.stratum.icp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The tier review's thresholds (one row; the table keeps V42's name, its criteria moved to {@link IcpProfile} in
 * V54). Every profile write locks this row first, so profile writes go one after the other.
 */
@Entity
@Table(name = "icp_profile")
public class IcpSettings extends PanacheEntityBase {
    public static final short ID = 1;

    @Id
    public short id;
    public int reviewLowFit;
    public int reviewHighFit;
    public int reviewMonths;
    public Instant updatedAt;
    @Version
    public long version;
}
