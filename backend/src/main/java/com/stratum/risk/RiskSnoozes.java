package com.stratum.risk;

import static com.stratum.common.SqlValues.instant;

import com.stratum.account.RiskFlag;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.SortField;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The managers' list of snoozed risk flags (GET /api/v1/risk-snoozes): one statement per page, the snoozes of live
 * accounts with the account, its owner and who snoozed, ordered by end date, then flag, then account (the keyset's
 * id), read along risk_flag_snooze_ends_idx (V47); the count of matches is a second statement only when the first
 * page does not hold them all, capped as every list's ({@link Paging#countNative}).
 */
@ApplicationScoped
public class RiskSnoozes {
    private static final List<SortField<RiskSnoozeView>> ORDER = List.of(
            new SortField<>("endsOn", "s.ends_on", SortField.ValueType.DATE, false, RiskSnoozeView::endsOn),
            new SortField<>("flag", "s.flag", SortField.ValueType.STRING, false, v -> v.flag().name()));

    private final EntityManager em;
    private final Paging paging;
    private final Clock clock;

    public RiskSnoozes(EntityManager em, Paging paging, Clock clock) {
        this.em = em;
        this.paging = paging;
        this.clock = clock;
    }

    /**
     * @param active true: snoozes still holding (ending after today); false: ended ones; null: both
     * @param sort {@code endsOn} (default) or {@code -endsOn}; ties go by flag, then account
     */
    @Transactional
    public RiskSnoozePage list(List<UUID> ownerIds, List<RiskFlag> flags, Boolean active, String sort, int limit,
            String cursor) {
        CurrentCaller.requireRole(Role.MANAGER, "Listing the snoozed risk flags");
        String order = sort == null || sort.isBlank() ? "endsOn" : sort.trim();
        if (!order.equals("endsOn") && !order.equals("-endsOn")) {
            throw com.stratum.common.ApiProblem.badParameter("sort", "may only be endsOn or -endsOn");
        }
        // The flag breaks ties of the end date in the same direction, the account last: one row per key.
        Keyset<RiskSnoozeView> keyset = Keyset.parse(order + "," + (order.startsWith("-") ? "-flag" : "flag"),
                "endsOn,flag", ORDER, "s.account_id", RiskSnoozeView::accountId);
        LocalDate today = LocalDate.now(clock);
        String from = " from risk_flag_snooze s join account a on a.id = s.account_id";
        QueryBuilder page = filtered(ownerIds, flags, active, today);
        keyset.after(cursor, page);
        String sql = "select s.account_id, a.name, a.owner_id, o.name as owner_name, s.flag, s.reason, s.ends_on,"
                + " s.snoozed_by, b.name as snoozed_by_name, s.snoozed_at" + from
                + " left join app_user o on o.id = a.owner_id left join app_user b on b.id = s.snoozed_by"
                + page.where() + " order by " + keyset.orderBy() + " limit " + (limit + 1);
        List<RiskSnoozeView> rows = new ArrayList<>();
        for (Object row : page.bind(em.createNativeQuery(sql)).getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate endsOn = r[6] instanceof Date d ? d.toLocalDate() : (LocalDate) r[6];
            rows.add(new RiskSnoozeView((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                    RiskFlag.valueOf((String) r[4]), (String) r[5], endsOn, endsOn.isAfter(today), (UUID) r[7],
                    (String) r[8], instant(r[9])));
        }
        QueryBuilder matching = filtered(ownerIds, flags, active, today);
        Paging.Total total = (cursor == null || cursor.isBlank()) && rows.size() <= limit
                ? new Paging.Total(rows.size(), false)
                : paging.countNative(from + matching.where(), matching, keyset.orderBy(),
                        "s.account_id");
        return new RiskSnoozePage(rows.stream().limit(limit).toList(), keyset.next(rows, limit), total.count(),
                total.estimate());
    }

    private static QueryBuilder filtered(List<UUID> ownerIds, List<RiskFlag> flags, Boolean active, LocalDate today) {
        QueryBuilder where = new QueryBuilder().and("not a.archived")
                .in("a.owner_id", ownerIds)
                .in("s.flag", flags.stream().map(Enum::name).toList());
        if (active != null) {
            where.and("s.ends_on " + (active ? ">" : "<=") + " " + where.param(today));
        }
        return where;
    }
}
