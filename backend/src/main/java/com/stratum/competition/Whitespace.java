package com.stratum.competition;

import com.stratum.account.Account;
import com.stratum.account.AccountAccess;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.SqlValues;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An account's whitespace grid: its business units (contact) x the product families we sell (revenue). A cell is
 * OURS, derived, when the account bought a product of the family in the last {@link #OURS_MONTHS} months (revenue
 * lines carry no business unit, so the whole column is ours then, and not editable); otherwise it is what people
 * stored, NONE when nothing is. Written whole by whoever may work on the account.
 */
@ApplicationScoped
public class Whitespace {
    /** Revenue lines this recent make a family OURS. */
    public static final int OURS_MONTHS = 12;

    private final EntityManager em;
    private final AccountQueries accounts;
    private final AccountAccess access;
    private final Validation validation;
    private final Clock clock;

    public Whitespace(EntityManager em, AccountQueries accounts, AccountAccess access, Validation validation,
            Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.access = access;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public WhitespaceView get(UUID accountId) {
        accounts.find(accountId);
        return grid(accountId);
    }

    @Transactional
    public WhitespaceView put(UUID accountId, WhitespaceInput input, String ifMatch) {
        Account account = accounts.find(accountId);
        access.requireWorkOn(account, Scope.ACCOUNTS_WRITE);
        validation.check(input);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so its whitespace does not change. Restore it first.");
        }
        // Two saves of one grid take turns (the account's row is the lock), so neither fails on the other's rows,
        // and the second one's If-Match is checked against the first one's version.
        em.createNativeQuery("select id from account where id = :account for update").setParameter("account", accountId)
                .getResultList();
        long[] version = new long[1];
        Map<UUID, String> units = units(accountId, version);
        ETags.check(ifMatch, version[0]);
        List<String> families = families();
        Set<String> ours = oursFamilies(accountId);
        List<FieldError> errors = new ArrayList<>();
        Map<String, WhitespaceInput.Cell> stored = new LinkedHashMap<>();
        for (int i = 0; i < input.cells().size(); i++) {
            WhitespaceInput.Cell cell = input.cells().get(i);
            String at = "cells[" + i + "].";
            String family = cell.productFamily().trim();
            String unit = units.get(cell.businessUnitId());
            if (unit == null) {
                errors.add(new FieldError(at + "businessUnitId", account.name + " has no business unit with this"
                        + " id; choose one of its own units."));
            }
            if (!families.contains(family)) {
                errors.add(new FieldError(at + "productFamily", "No product is of the family \"" + family
                        + "\"; choose one of " + String.join(", ", families) + "."));
            }
            if (unit == null || !families.contains(family)) {
                continue;
            }
            if (stored.containsKey(cell.businessUnitId() + "|" + family)) {
                errors.add(new FieldError(at + "productFamily", unit + " x " + family + " is given twice; send each"
                        + " cell once."));
                continue;
            }
            if (ours.contains(family)) {
                if (cell.status() != WhitespaceStatus.OURS) {
                    errors.add(new FieldError(at + "status", unit + " x " + family + " is OURS from revenue lines"
                            + " (the account bought " + family + " in the last " + OURS_MONTHS + " months), so it"
                            + " cannot be set to " + cell.status() + "."));
                }
                continue;
            }
            checkCompetitorFields(cell, at, errors);
            if (cell.status() != WhitespaceStatus.NONE) {
                stored.put(cell.businessUnitId() + "|" + family, cell);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        em.createNativeQuery("""
                insert into whitespace_grid (account_id, version, updated_at) values (:account, 1, :now)
                on conflict (account_id) do update set version = whitespace_grid.version + 1, updated_at = :now""")
                .setParameter("account", accountId).setParameter("now", Text.now(clock)).executeUpdate();
        em.createNativeQuery("delete from whitespace_cell where account_id = :account")
                .setParameter("account", accountId).executeUpdate();
        Instant now = Text.now(clock);
        for (WhitespaceInput.Cell cell : stored.values()) {
            em.createNativeQuery("""
                    insert into whitespace_cell (account_id, business_unit_id, product_family, status, competitor_id,
                                                 estimated_annual_value, contract_end, updated_at)
                    values (:account, :unit, :family, :status, :competitor, :value, :contractEnd, :now)""")
                    .setParameter("account", accountId).setParameter("unit", cell.businessUnitId())
                    .setParameter("family", cell.productFamily().trim()).setParameter("status", cell.status().name())
                    .setParameter("competitor", cell.competitorId())
                    .setParameter("value", cell.estimatedAnnualValue() == null ? null
                            : cell.estimatedAnnualValue().setScale(2, RoundingMode.UNNECESSARY))
                    .setParameter("contractEnd", cell.contractEnd()).setParameter("now", now).executeUpdate();
        }
        return grid(accountId);
    }

    private void checkCompetitorFields(WhitespaceInput.Cell cell, String at, List<FieldError> errors) {
        if (cell.status() == WhitespaceStatus.COMPETITOR) {
            if (cell.competitorId() == null) {
                errors.add(new FieldError(at + "competitorId", "Choose the competitor that holds this cell."));
            } else if (em.find(Competitor.class, cell.competitorId()) == null) {
                errors.add(new FieldError(at + "competitorId", "No competitor has the id " + cell.competitorId()
                        + "; choose one from GET /api/v1/competitors, or ask a manager to add it."));
            }
            return;
        }
        if (cell.competitorId() != null || cell.estimatedAnnualValue() != null || cell.contractEnd() != null) {
            errors.add(new FieldError(at + "status", "Only a COMPETITOR cell names a competitor, its value and its"
                    + " contract end; leave them out for " + cell.status() + "."));
        }
    }

    /** The grid as stored and derived: one statement each for units, families, derived families and cells. */
    WhitespaceView grid(UUID accountId) {
        long[] version = new long[1];
        Map<UUID, String> units = units(accountId, version);
        List<String> families = families();
        Set<String> ours = oursFamilies(accountId);
        Map<String, WhitespaceView.Cell> stored = new HashMap<>();
        for (WhitespaceView.Cell cell : storedCells(accountId)) {
            stored.put(cell.businessUnitId() + "|" + cell.productFamily(), cell);
        }
        List<WhitespaceView.Cell> cells = new ArrayList<>();
        for (UUID unit : units.keySet()) {
            for (String family : families) {
                if (ours.contains(family)) {
                    cells.add(new WhitespaceView.Cell(unit, family, WhitespaceStatus.OURS, true, null, null, null,
                            null));
                } else {
                    cells.add(stored.getOrDefault(unit + "|" + family, new WhitespaceView.Cell(unit, family,
                            WhitespaceStatus.NONE, false, null, null, null, null)));
                }
            }
        }
        List<WhitespaceView.Unit> rows = units.entrySet().stream()
                .map(e -> new WhitespaceView.Unit(e.getKey(), e.getValue())).toList();
        return new WhitespaceView(accountId, rows, families, cells, version[0]);
    }

    /** The account's units by name, and (into {@code version}) the grid's version, in one statement. */
    private Map<UUID, String> units(UUID accountId, long[] version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.id, u.name, g.version from account a
                  left join business_unit u on u.account_id = a.id
                  left join whitespace_grid g on g.account_id = a.id
                 where a.id = :account order by u.name, u.id""").setParameter("account", accountId).getResultList();
        Map<UUID, String> units = new LinkedHashMap<>();
        for (Object[] r : rows) {
            version[0] = r[2] == null ? 0 : ((Number) r[2]).longValue();
            if (r[0] != null) {
                units.put((UUID) r[0], (String) r[1]);
            }
        }
        return units;
    }

    private List<String> families() {
        @SuppressWarnings("unchecked")
        List<String> families = em.createNativeQuery("select distinct family from product order by family")
                .getResultList();
        return families;
    }

    /** The families the account bought in the last {@link #OURS_MONTHS} months (this month included). */
    private Set<String> oursFamilies(UUID accountId) {
        LocalDate since = LocalDate.now(clock).withDayOfMonth(1).minusMonths(OURS_MONTHS);
        @SuppressWarnings("unchecked")
        List<String> families = em.createNativeQuery("""
                select distinct p.family from revenue_line l join product p on p.id = l.product_id
                 where l.account_id = :account and l.period >= :since and l.amount > 0""")
                .setParameter("account", accountId).setParameter("since", Date.valueOf(since)).getResultList();
        return new HashSet<>(families);
    }

    private List<WhitespaceView.Cell> storedCells(UUID accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select w.business_unit_id, w.product_family, w.status, w.competitor_id, c.name,
                       w.estimated_annual_value, w.contract_end
                  from whitespace_cell w left join competitor c on c.id = w.competitor_id
                 where w.account_id = :account""").setParameter("account", accountId).getResultList();
        return rows.stream().map(r -> new WhitespaceView.Cell((UUID) r[0], (String) r[1],
                WhitespaceStatus.valueOf((String) r[2]), false, (UUID) r[3], (String) r[4], (BigDecimal) r[5],
                SqlValues.date(r[6]))).toList();
    }
}
