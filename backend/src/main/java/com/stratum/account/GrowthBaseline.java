package com.stratum.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** The ARR an account started a year with: the base its growth target is measured against. */
@Entity
@Table(name = "growth_baseline")
public class GrowthBaseline extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID accountId;
    public int year;
    public BigDecimal baselineArr;

    /**
     * The baseline of {@code year}, recorded from the account's ARR now if the year has none yet. Concurrent
     * first requests for a year insert once: the loser's insert does nothing and it reads the winner's row.
     */
    public static GrowthBaseline ofYear(Account account, int year) {
        return GrowthBaseline.<GrowthBaseline>find("accountId = ?1 and year = ?2", account.id, year)
                .firstResultOptional().orElseGet(() -> {
                    getEntityManager().createNativeQuery("insert into growth_baseline (id, account_id, year,"
                                    + " baseline_arr) values (:id, :account, :year, :arr)"
                                    + " on conflict (account_id, year) do nothing")
                            .setParameter("id", UUID.randomUUID()).setParameter("account", account.id)
                            .setParameter("year", year).setParameter("arr", account.arr).executeUpdate();
                    return GrowthBaseline.<GrowthBaseline>find("accountId = ?1 and year = ?2", account.id, year)
                            .firstResult();
                });
    }
}
