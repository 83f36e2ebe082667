package com.stratum.myday;

import static com.stratum.common.SqlValues.date;
import static com.stratum.common.SqlValues.instant;

import com.stratum.common.QueryBuilder;
import com.stratum.common.Text;
import com.stratum.grade.Grade;
import com.stratum.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * My day, the one home of what it holds: for a set of users, one statement whose branch per section counts every
 * match and returns the first {@link #ITEMS}, most urgent first. "Due" means within
 * {@link #DUE_WITHIN_DAYS} days from today or already past. Reads the tables of tasks, accounts, QBR follow-ups,
 * handoffs, events and revenue alerts directly, shaped for this page, as the workload report does.
 */
@ApplicationScoped
public class MyDayReport {
    /** How many items each section lists. */
    public static final int ITEMS = 10;
    /** How far ahead a QBR or a follow-up counts as due. */
    public static final int DUE_WITHIN_DAYS = 14;

    /*
     * The whole day is one statement, a union of one branch per section (eight statements cost eight round trips and
     * eight executions a request). Each branch returns its first ITEMS rows, most urgent first, in the columns below
     * (a section fills those it needs), with the count of every match and the item's place in its section:
     * section, place, count, u1 to u4 (uuid), s1 to s4 (text), d1 (date), t1, t2 (timestamptz), n1 (bigint),
     * m1 (numeric), reasons (text[]). ITEMS is written in, not bound: a prepared statement's generic plan then knows
     * the limit.
     */
    private static final int TASKS = 0;
    private static final int QBRS = 1;
    private static final int FOLLOW_UPS = 2;
    private static final int SINGLE_THREADED = 3;
    private static final int HANDOFFS = 4;
    private static final int TOUCH_OVERDUE = 5;
    private static final int EVENTS_TO_REVIEW = 6;
    private static final int NEW_REVENUE_ALERTS = 7;
    private static final String DAY = """
            (select 0, row_number() over (order by t.due_date, t.id),
                    (select count(*) from task c
                      where c.status = 'OPEN' and c.due_date <= :today and c.assignee_id in (:people)),
                    t.id, t.account_id, t.assignee_id, t.qbr_id, t.title::text, a.name::text, u.name::text, null::text,
                    t.due_date, null::timestamptz, null::timestamptz, t.version, null::numeric, null::text[]
               from task t
               join account a on a.id = t.account_id
               join app_user u on u.id = t.assignee_id
              where t.status = 'OPEN' and t.due_date <= :today and t.assignee_id in (:people)
              order by t.due_date, t.id
              limit %1$d)
            union all
            (select 1, row_number() over (order by a.next_qbr_due, a.id), count(*) over (),
                    a.id, a.owner_id, null, null, a.name, a.tier, u.name, null,
                    a.next_qbr_due, null, null, null, null, null
               from account a
               join app_user u on u.id = a.owner_id
              where not a.archived and a.owner_id in (:people) and a.next_qbr_due <= :horizon
              order by a.next_qbr_due, a.id
              limit %1$d)
            union all
            (select 2, row_number() over (order by f.target_date, f.qbr_id), count(*) over (),
                    f.qbr_id, a.id, a.owner_id, null, a.name, f.target_grade, u.name, null,
                    f.target_date, null, null,
                    (select count(*) from task t
                      where t.qbr_id = f.qbr_id and t.source = 'FOLLOW_UP' and t.status = 'OPEN'),
                    null, null
               from qbr_follow_up f
               join qbr q on q.id = f.qbr_id
               join account a on a.id = q.account_id
               join app_user u on u.id = a.owner_id
              where f.status = 'OPEN' and not a.archived and a.owner_id in (:people) and f.target_date <= :horizon
              order by f.target_date, f.qbr_id
              limit %1$d)
            union all
            (select 3, row_number() over (order by case a.tier when 'STRATEGIC' then 0 when 'KEY' then 1 else 2 end,
                                                   a.name, a.id),
                    count(*) over (), a.id, a.owner_id, null, null, a.name, a.tier, u.name, null,
                    null, null, null, null, null, a.single_threaded_reasons
               from account a
               join app_user u on u.id = a.owner_id
              where not a.archived and a.single_threaded and a.owner_id in (:people)
              order by case a.tier when 'STRATEGIC' then 0 when 'KEY' then 1 else 2 end, a.name, a.id
              limit %1$d)
            union all
            (select 4, row_number() over (order by h.created_at, h.id), count(*) over (),
                    h.id, h.account_id, h.from_user_id, h.to_user_id, a.name, h.tier, f.name, t.name,
                    null, h.created_at, null, null, null, null
               from handoff h
               join account a on a.id = h.account_id
               left join app_user f on f.id = h.from_user_id
               join app_user t on t.id = h.to_user_id
              where h.status = 'OPEN' and h.to_user_id in (:people)
              order by h.created_at, h.id
              limit %1$d)
            union all
            (select 5, row_number() over (order by touch_due_at(a.last_touch_at, a.created_at, p.touch_cadence_days),
                                                   a.id),
                    count(*) over (), a.id, a.owner_id, null, null, a.name, a.tier, u.name, null,
                    null, a.last_touch_at, touch_due_at(a.last_touch_at, a.created_at, p.touch_cadence_days), null,
                    null, null
               from account a
               join tier_policy p on p.tier = a.tier
               join app_user u on u.id = a.owner_id
              where not a.archived and a.owner_id in (:people)
                and touch_overdue(a.last_touch_at, a.created_at, p.touch_cadence_days, :now)
              order by 14, a.id
              limit %1$d)
            union all
            (select 6, row_number() over (order by e.review_due_at, e.id), count(*) over (),
                    e.id, e.account_id, a.owner_id, null, a.name, e.type, e.description, u.name,
                    e.occurred_on, e.review_due_at, null, null, null, null
               from account_event e
               join account a on a.id = e.account_id
               join app_user u on u.id = a.owner_id
              where e.status = 'NEW' and not a.archived and a.owner_id in (:people)
              order by e.review_due_at, e.id
              limit %1$d)
            union all
            (select 7, row_number() over (order by x.detected_at desc, x.id), count(*) over (),
                    x.id, x.account_id, a.owner_id, null, a.name, x.rule, p.name, u.name,
                    null, x.detected_at, null, null, x.amount_at_risk, null
               from revenue_alert x
               join account a on a.id = x.account_id
               join app_user u on u.id = a.owner_id
               left join product p on p.id = x.product_id
              where x.status = 'NEW' and not a.archived and a.owner_id in (:people)
              order by x.detected_at desc, x.id
              limit %1$d)
            order by 1, 2""".formatted(ITEMS);

    private final EntityManager em;
    private final Clock clock;

    public MyDayReport(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Everyone who reports to the manager, directly or through others; one statement. */
    @Transactional
    public List<UUID> reportsOf(UUID managerId) {
        List<UUID> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("""
                        with recursive reports(id) as (
                            select id from app_user where manager_id = :manager
                            union
                            select u.id from app_user u join reports r on u.manager_id = r.id)
                        select id from reports where id <> :manager""")
                .setParameter("manager", managerId).getResultList()) {
            ids.add((UUID) id);
        }
        return ids;
    }

    /** The day of these users: one statement (and the plan setting before it), whatever they hold. */
    @Transactional
    public MyDayView day(DayScope scope, List<UUID> people) {
        LocalDate today = LocalDate.now(clock);
        if (people.isEmpty()) {
            return new MyDayView(scope, today, 0, new MyDayView.TaskSection(0, List.of()),
                    new MyDayView.QbrSection(0, List.of()), new MyDayView.FollowUpSection(0, List.of()),
                    new MyDayView.AccountSection(0, List.of()), new MyDayView.HandoffSection(0, List.of()),
                    new MyDayView.TouchSection(0, List.of()), new MyDayView.EventSection(0, List.of()),
                    new MyDayView.AlertSection(0, List.of()));
        }
        Instant now = Text.now(clock);
        List<List<Object[]>> sections = new ArrayList<>();
        for (int i = 0; i <= NEW_REVENUE_ALERTS; i++) {
            sections.add(new ArrayList<>());
        }
        long[] counts = new long[NEW_REVENUE_ALERTS + 1];
        // The union's generic plan is as fast as a custom one (2.6 ms at 20,000 accounts) but costed higher (a bound
        // horizon is taken to match a third of the accounts), so PostgreSQL planned the union anew on every request
        // (3 to 6 ms of planning): this transaction, which runs the one statement, keeps the generic plan.
        em.createNativeQuery("set local plan_cache_mode = force_generic_plan").executeUpdate();
        QueryBuilder params = new QueryBuilder().bind("people", people).bind("today", today)
                .bind("horizon", today.plusDays(DUE_WITHIN_DAYS)).bind("now", now);
        for (Object row : params.bind(em.createNativeQuery(DAY)).getResultList()) {
            Object[] r = (Object[]) row;
            int section = ((Number) r[0]).intValue();
            counts[section] = ((Number) r[2]).longValue();
            sections.get(section).add(r);
        }
        // The columns of a row: 3 to 6 uuids, 7 to 10 texts, 11 a date, 12 and 13 instants, 14 a long, 15 a
        // decimal, 16 an array of texts.
        List<MyDayView.DayTask> tasks = items(sections.get(TASKS), r -> new MyDayView.DayTask((UUID) r[3],
                (String) r[7], (UUID) r[4], (String) r[8], date(r[11]), date(r[11]).isBefore(today), (UUID) r[5],
                (String) r[9], (UUID) r[6], ((Number) r[14]).longValue()));
        List<MyDayView.DayQbr> qbrs = items(sections.get(QBRS), r -> new MyDayView.DayQbr((UUID) r[3],
                (String) r[7], Tier.valueOf((String) r[8]), date(r[11]), date(r[11]).isBefore(today), (UUID) r[4],
                (String) r[9]));
        List<MyDayView.DayFollowUp> followUps = items(sections.get(FOLLOW_UPS), r -> new MyDayView.DayFollowUp(
                (UUID) r[3], (UUID) r[4], (String) r[7], Grade.of((String) r[8]), date(r[11]),
                ((Number) r[14]).longValue(), (UUID) r[5], (String) r[9]));
        List<MyDayView.DayAccount> single = items(sections.get(SINGLE_THREADED), r -> new MyDayView.DayAccount(
                (UUID) r[3], (String) r[7], Tier.valueOf((String) r[8]), strings(r[16]), (UUID) r[4],
                (String) r[9]));
        List<MyDayView.DayHandoff> handoffs = items(sections.get(HANDOFFS), r -> new MyDayView.DayHandoff(
                (UUID) r[3], (UUID) r[4], (String) r[7], Tier.valueOf((String) r[8]), (UUID) r[5], (String) r[9],
                (UUID) r[6], (String) r[10], instant(r[12])));
        List<MyDayView.DayTouch> touch = items(sections.get(TOUCH_OVERDUE), r -> new MyDayView.DayTouch(
                (UUID) r[3], (String) r[7], Tier.valueOf((String) r[8]), r[12] == null ? null : instant(r[12]),
                instant(r[13]), (UUID) r[4], (String) r[9]));
        List<MyDayView.DayEvent> events = items(sections.get(EVENTS_TO_REVIEW), r -> new MyDayView.DayEvent(
                (UUID) r[3], (UUID) r[4], (String) r[7], (String) r[8], date(r[11]), (String) r[9], instant(r[12]),
                instant(r[12]).isBefore(now), (UUID) r[5], (String) r[10]));
        List<MyDayView.DayAlert> alerts = items(sections.get(NEW_REVENUE_ALERTS), r -> new MyDayView.DayAlert(
                (UUID) r[3], (UUID) r[4], (String) r[7], (String) r[8], (String) r[9], (BigDecimal) r[15],
                instant(r[12]), (UUID) r[5], (String) r[10]));
        return new MyDayView(scope, today, people.size(),
                new MyDayView.TaskSection(counts[TASKS], tasks),
                new MyDayView.QbrSection(counts[QBRS], qbrs),
                new MyDayView.FollowUpSection(counts[FOLLOW_UPS], followUps),
                new MyDayView.AccountSection(counts[SINGLE_THREADED], single),
                new MyDayView.HandoffSection(counts[HANDOFFS], handoffs),
                new MyDayView.TouchSection(counts[TOUCH_OVERDUE], touch),
                new MyDayView.EventSection(counts[EVENTS_TO_REVIEW], events),
                new MyDayView.AlertSection(counts[NEW_REVENUE_ALERTS], alerts));
    }

    private static <T> List<T> items(List<Object[]> rows, Function<Object[], T> item) {
        return rows.stream().map(item).toList();
    }

    private static List<String> strings(Object value) {
        try {
            Object array = value instanceof java.sql.Array sql ? sql.getArray() : value;
            return array == null ? List.of() : Arrays.stream((Object[]) array).map(String::valueOf).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("single_threaded_reasons could not be read", e);
        }
    }
}
