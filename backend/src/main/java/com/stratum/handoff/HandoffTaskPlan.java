package com.stratum.handoff;

import com.stratum.contact.Contact;
import com.stratum.opportunity.Opportunity;
import com.stratum.opportunity.Stage;
import com.stratum.survey.FollowUpStatus;
import com.stratum.survey.QbrFollowUp;
import com.stratum.task.HandoffTasks.Planned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tasks an accepted handoff gives the new owner, from its checklist as handed over and the records as they are
 * now: meet each key contact still with the customer, take over each follow-up still open, review each opportunity
 * still open (all within {@value #DUE_IN_DAYS} days, sooner when the follow-up or the close date comes first, never
 * before today), and go through the risks named (within {@value #RISKS_DUE_IN_DAYS} days). The goals section opens
 * no task: the account carries them.
 */
@ApplicationScoped
public class HandoffTaskPlan {
    public static final int DUE_IN_DAYS = 14;
    public static final int RISKS_DUE_IN_DAYS = 7;

    private final EntityManager em;
    private final Clock clock;

    public HandoffTaskPlan(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public List<Planned> plan(List<ChecklistSection> checklist) {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(DUE_IN_DAYS);
        List<Planned> tasks = new ArrayList<>();
        for (ChecklistSection section : checklist) {
            switch (section.kind()) {
                case KEY_CONTACTS -> records(section, "contact").forEach(id -> {
                    Contact c = em.find(Contact.class, id);
                    if (c != null && c.leftCompanyOn == null) {
                        tasks.add(new Planned("Meet " + c.name + (c.title == null ? "" : ", " + c.title), due, c.id,
                                null, null));
                    }
                });
                case OPEN_FOLLOW_UPS -> records(section, "qbr").forEach(id -> {
                    QbrFollowUp f = em.find(QbrFollowUp.class, id);
                    if (f != null && f.status == FollowUpStatus.OPEN) {
                        // Due the day before the follow-up date, so there is time to act on it.
                        tasks.add(new Planned("Take over the follow-up: reach " + f.targetGrade.label() + " by "
                                + f.targetDate, between(today, f.targetDate.minusDays(1), due), null, null, f.qbrId));
                    }
                });
                case OPEN_OPPORTUNITIES -> records(section, "opportunity").forEach(id -> {
                    Opportunity o = em.find(Opportunity.class, id);
                    if (o != null && o.stage != Stage.WON && o.stage != Stage.LOST) {
                        tasks.add(new Planned("Review the opportunity " + o.title,
                                between(today, o.expectedCloseDate, due), null, o.id, null));
                    }
                });
                case RISKS -> {
                    if (!section.items().isEmpty()) {
                        int n = section.items().size();
                        tasks.add(new Planned("Go through the " + (n == 1 ? "risk" : n + " risks")
                                + " named in the handoff", today.plusDays(RISKS_DUE_IN_DAYS), null, null, null));
                    }
                }
                case GOALS -> {
                }
            }
        }
        return tasks;
    }

    private static List<UUID> records(ChecklistSection section, String type) {
        return section.items().stream().filter(i -> type.equals(i.recordType()) && i.recordId() != null)
                .map(ChecklistSection.Item::recordId).distinct().toList();
    }

    /** The wanted date, but no later than {@code latest} and no earlier than today. */
    private static LocalDate between(LocalDate today, LocalDate wanted, LocalDate latest) {
        LocalDate date = wanted == null || wanted.isAfter(latest) ? latest : wanted;
        return date.isBefore(today) ? today : date;
    }
}
