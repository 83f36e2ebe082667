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
 * My day, the one home of what it holds: for a set of users, each section is one statement that counts every
 * match ({@code count(*) over ()}) and returns the first {@link #ITEMS}, most urgent first. "Due" means within
 * {@link #DUE_WITHIN_DAYS} days from today or already past. Reads the tables of tasks, accounts, QBR follow-ups,
 * handoffs, events and revenue alerts directly, shaped for this page, as the workload report does.
 */
@ApplicationScoped
public class MyDayReport {
    /** How many items each section lists. */
    public static final int ITEMS = 10;
    /** How far ahead a QBR or a follow-up counts as due. */
    public static final int DUE_WITHIN_DAYS = 14;

    // The count from the open tasks' index alone (V56), the page of ITEMS read from it in order and only then
    // joined: a count over the joined rows (count(*) over ()) read the account of every task due.
    private static final String TASKS = """
            select t.id, t.title, t.account_id, a.name, t.due_date, t.assignee_id, u.name, t.qbr_id, t.version,
                   (select count(*) from task c
                     where c.status = 'OPEN' and c.due_date <= :today and c.assignee_id in (:people))
              from task t
              join account a on a.id = t.account_id
              join app_user u on u.id = t.assignee_id
             where t.status = 'OPEN' and t.due_date <= :today and t.assignee_id in (:people)
             order by t.due_date, t.id
             limit :items""";
    private static final String QBRS = """
            select a.id, a.name, a.tier, a.next_qbr_due, a.owner_id, u.name, count(*) over ()
              from account a
              join app_user u on u.id = a.owner_id
             where not a.archived and a.owner_id in (:people) and a.next_qbr_due <= :horizon
             order by a.next_qbr_due, a.id
             limit :items""";
    private static final String FOLLOW_UPS = """
            select f.qbr_id, a.id, a.name, f.target_grade, f.target_date,
                   (select count(*) from task t
                     where t.qbr_id = f.qbr_id and t.source = 'FOLLOW_UP' and t.status = 'OPEN'),
                   a.owner_id, u.name, count(*) over ()
              from qbr_follow_up f
              join qbr q on q.id = f.qbr_id
              join account a on a.id = q.account_id
              join app_user u on u.id = a.owner_id
             where f.status = 'OPEN' and not a.archived and a.owner_id in (:people) and f.target_date <= :horizon
             order by f.target_date, f.qbr_id
             limit :items""";
    private static final String SINGLE_THREADED = """
            select a.id, a.name, a.tier, a.single_threaded_reasons, a.owner_id, u.name, count(*) over ()
              from account a
              join app_user u on u.id = a.owner_id
             where not a.archived and a.single_threaded and a.owner_id in (:people)
             order by case a.tier when 'STRATEGIC' then 0 when 'KEY' then 1 else 2 end, a.name, a.id
             limit :items""";
    private static final String HANDOFFS = """
            select h.id, h.account_id, a.name, h.tier, h.from_user_id, f.name, h.to_user_id, t.name, h.created_at,
                   count(*) over ()
              from handoff h
              join account a on a.id = h.account_id
              left join app_user f on f.id = h.from_user_id
              join app_user t on t.id = h.to_user_id
             where h.status = 'OPEN' and h.to_user_id in (:people)
             order by h.created_at, h.id
             limit :items""";

    private static final String TOUCH_OVERDUE = """
            select a.id, a.name, a.tier, a.last_touch_at, touch_due_at(a.last_touch_at, a.created_at, p.touch_cadence_days),
                   a.owner_id, u.name, count(*) over ()
              from account a
              join tier_policy p on p.tier = a.tier
              join app_user u on u.id = a.owner_id
             where not a.archived and a.owner_id in (:people)
               and touch_overdue(a.last_touch_at, a.created_at, p.touch_cadence_days, :now)
             order by 5, a.id
             limit :items""";
    private static final String EVENTS_TO_REVIEW = """
            select e.id, e.account_id, a.name, e.type, e.occurred_on, e.description, e.review_due_at,
                   a.owner_id, u.name, count(*) over ()
              from account_event e
              join account a on a.id = e.account_id
              join app_user u on u.id = a.owner_id
             where e.status = 'NEW' and not a.archived and a.owner_id in (:people)
             order by e.review_due_at, e.id
             limit :items""";
    private static final String NEW_REVENUE_ALERTS = """
            select x.id, x.account_id, a.name, x.rule, p.name, x.amount_at_risk, x.detected_at, a.owner_id, u.name,
                   count(*) over ()
              from revenue_alert x
              join account a on a.id = x.account_id
              join app_user u on u.id = a.owner_id
              left join product p on p.id = x.product_id
             where x.status = 'NEW' and not a.archived and a.owner_id in (:people)
             order by x.detected_at desc, x.id
             limit :items""";

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

    /** The day of these users: eight statements, one per section, whatever they hold. */
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
        QueryBuilder params = new QueryBuilder().bind("people", people).bind("items", ITEMS);
        Section<MyDayView.DayTask> tasks = section(TASKS, params.bind("today", today), 9,
                r -> new MyDayView.DayTask((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], date(r[4]),
                        date(r[4]).isBefore(today), (UUID) r[5], (String) r[6], (UUID) r[7],
                        ((Number) r[8]).longValue()));
        QueryBuilder ahead = new QueryBuilder().bind("people", people).bind("items", ITEMS)
                .bind("horizon", today.plusDays(DUE_WITHIN_DAYS));
        Section<MyDayView.DayQbr> qbrs = section(QBRS, ahead, 6,
                r -> new MyDayView.DayQbr((UUID) r[0], (String) r[1], Tier.valueOf((String) r[2]), date(r[3]),
                        date(r[3]).isBefore(today), (UUID) r[4], (String) r[5]));
        Section<MyDayView.DayFollowUp> followUps = section(FOLLOW_UPS, ahead, 8,
                r -> new MyDayView.DayFollowUp((UUID) r[0], (UUID) r[1], (String) r[2], Grade.of((String) r[3]),
                        date(r[4]), ((Number) r[5]).longValue(), (UUID) r[6], (String) r[7]));
        QueryBuilder owned = new QueryBuilder().bind("people", people).bind("items", ITEMS);
        Section<MyDayView.DayAccount> single = section(SINGLE_THREADED, owned, 6,
                r -> new MyDayView.DayAccount((UUID) r[0], (String) r[1], Tier.valueOf((String) r[2]),
                        strings(r[3]), (UUID) r[4], (String) r[5]));
        Section<MyDayView.DayHandoff> handoffs = section(HANDOFFS, owned, 9,
                r -> new MyDayView.DayHandoff((UUID) r[0], (UUID) r[1], (String) r[2], Tier.valueOf((String) r[3]),
                        (UUID) r[4], (String) r[5], (UUID) r[6], (String) r[7], instant(r[8])));
        Instant now = Text.now(clock);
        Section<MyDayView.DayTouch> touch = section(TOUCH_OVERDUE, new QueryBuilder().bind("people", people)
                        .bind("items", ITEMS).bind("now", now), 7,
                r -> new MyDayView.DayTouch((UUID) r[0], (String) r[1], Tier.valueOf((String) r[2]),
                        r[3] == null ? null : instant(r[3]), instant(r[4]), (UUID) r[5], (String) r[6]));
        Section<MyDayView.DayEvent> events = section(EVENTS_TO_REVIEW, owned, 9,
                r -> new MyDayView.DayEvent((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], date(r[4]),
                        (String) r[5], instant(r[6]), instant(r[6]).isBefore(now), (UUID) r[7], (String) r[8]));
        Section<MyDayView.DayAlert> alerts = section(NEW_REVENUE_ALERTS, owned, 9,
                r -> new MyDayView.DayAlert((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (java.math.BigDecimal) r[5], instant(r[6]), (UUID) r[7], (String) r[8]));
        return new MyDayView(scope, today, people.size(),
                new MyDayView.TaskSection(tasks.count(), tasks.items()),
                new MyDayView.QbrSection(qbrs.count(), qbrs.items()),
                new MyDayView.FollowUpSection(followUps.count(), followUps.items()),
                new MyDayView.AccountSection(single.count(), single.items()),
                new MyDayView.HandoffSection(handoffs.count(), handoffs.items()),
                new MyDayView.TouchSection(touch.count(), touch.items()),
                new MyDayView.EventSection(events.count(), events.items()),
                new MyDayView.AlertSection(alerts.count(), alerts.items()));
    }

    private record Section<T>(long count, List<T> items) {
    }

    /** One section's statement: its rows, and the count every row carries in column {@code countColumn}. */
    private <T> Section<T> section(String sql, QueryBuilder params, int countColumn, Function<Object[], T> item) {
        List<T> items = new ArrayList<>();
        long count = 0;
        for (Object row : params.bind(em.createNativeQuery(sql)).getResultList()) {
            Object[] r = (Object[]) row;
            count = ((Number) r[countColumn]).longValue();
            items.add(item.apply(r));
        }
        return new Section<>(count, items);
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
