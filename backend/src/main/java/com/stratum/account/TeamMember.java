package com.stratum.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One person on an account's team besides its owner; replaced as a list by {@link AccountTeamService#replace}. */
@Entity
@Table(name = "account_team_member")
public class TeamMember extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID accountId;
    public UUID userId;
    @Enumerated(EnumType.STRING)
    public TeamRole teamRole;
    public int allocationPct;
    public LocalDate since;
    @Column(name = "until")
    public LocalDate until;
}
