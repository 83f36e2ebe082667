package com.stratum.tier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Per tier: how many accounts one owner may hold (null = unlimited), how often a QBR is due, the coverage an
 * account needs not to be single-threaded, and how often it needs a touch.
 */
@Entity
@Table(name = "tier_policy")
public class TierPolicy extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public Integer maxAccountsPerOwner;
    public int qbrCadenceDays;
    /** The coverage rule: current contacts with a decision role, and business units with a current contact. */
    public int minDecisionContacts;
    public int minBusinessUnits;
    /** Days an account of this tier may go without a logged touch (an activity); null: no cadence. */
    public Integer touchCadenceDays;
    /** Days before a contract's notice period a RENEWAL opportunity is opened for it. */
    public int renewalLeadDays;
    public Instant updatedAt;
    @Version
    public long version;
}
