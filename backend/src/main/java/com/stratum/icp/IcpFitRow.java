package com.stratum.icp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An account's stored fit, read by the tier review; written only by refresh_icp_fit() (account.AccountIcpFit). */
@Entity
@Immutable
@Table(name = "account_icp_fit")
public class IcpFitRow extends PanacheEntityBase {
    @Id
    public UUID accountId;
    public Short fit;
    public Instant updatedAt;
}
