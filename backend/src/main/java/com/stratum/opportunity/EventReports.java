package com.stratum.opportunity;

import com.stratum.accountevent.CompellingEventType;
import com.stratum.common.ApiProblem;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Events → opportunities → won, by event type: one statement, aggregated in PostgreSQL. */
@ApplicationScoped
public class EventReports {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager em;
    private final Clock clock;

    public EventReports(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Events that occurred from {@code from} to {@code to} (default: the twelve months up to today). */
    @Transactional
    public EventReport report(LocalDate from, LocalDate to) {
        CurrentCaller.requireRole(Role.MANAGER, "The events report");
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusYears(1).plusDays(1);
        if (start.isAfter(end)) {
            throw ApiProblem.badParameter("from", "must not be after 'to'");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.type, count(distinct e.id), count(distinct e.id) filter (where o.id is not null),
                       count(o.id), coalesce(sum(o.amount), 0),
                       count(o.id) filter (where o.stage = 'WON'),
                       coalesce(sum(o.amount) filter (where o.stage = 'WON'), 0)
                  from account_event e
                  left join opportunity o on o.compelling_event_id = e.id
                 where e.occurred_on between :from and :to
                 group by e.type""").setParameter("from", start).setParameter("to", end).getResultList();
        Map<CompellingEventType, EventReport.Row> byType = new EnumMap<>(CompellingEventType.class);
        for (Object[] r : rows) {
            CompellingEventType type = CompellingEventType.valueOf((String) r[0]);
            byType.put(type, new EventReport.Row(type, count(r[1]), count(r[2]), count(r[3]), money(r[4]),
                    count(r[5]), money(r[6])));
        }
        List<EventReport.Row> items = new ArrayList<>();
        for (CompellingEventType type : CompellingEventType.values()) {
            items.add(byType.getOrDefault(type, new EventReport.Row(type, 0, 0, 0, ZERO, 0, ZERO)));
        }
        return new EventReport(start, end, items);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }
}
