package com.stratum.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The version of an account's team as a whole: served as the team's ETag and checked against If-Match when the
 * list is replaced. The row appears with the team's first save; before that the team is at version 0.
 */
@Entity
@Table(name = "account_team")
public class AccountTeam extends PanacheEntityBase {
    @Id
    public UUID accountId;
    public Instant updatedAt;
    @Version
    public long version;
}
