package com.stratum.handoff;

import com.stratum.account.Account;
import com.stratum.account.AccountQueries;
import com.stratum.account.AccountView;
import com.stratum.account.Lifecycle;
import com.stratum.common.Text;
import com.stratum.contact.BuyingRole;
import com.stratum.contact.Contact;
import com.stratum.opportunity.Opportunity;
import com.stratum.opportunity.Stage;
import com.stratum.survey.FollowUpStatus;
import com.stratum.survey.Qbr;
import com.stratum.survey.QbrFollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds a handoff's checklist from what the account's data says when the handoff starts: its growth goal and
 * renewal, its key contacts, its open QBR follow-ups, its open opportunities and the risks a new owner must know
 * (failing last grade, overdue QBR, missed follow-ups, an early renewal, an archived parent, a lifecycle at risk).
 * The sections are kept as they were built: the checklist is what was handed over, not a live view.
 */
@ApplicationScoped
public class HandoffChecklist {
    /** A renewal this close is a risk worth naming to the incoming owner. */
    static final int RENEWAL_RISK_DAYS = 90;
    static final int KEY_CONTACTS_LISTED = 10;
    private static final List<BuyingRole> KEY_ROLES = java.util.stream.Stream.concat(
            BuyingRole.DECISION_ROLES.stream(), java.util.stream.Stream.of(BuyingRole.CHAMPION)).toList();

    private final EntityManager em;
    private final AccountQueries accounts;
    private final Clock clock;

    public HandoffChecklist(EntityManager em, AccountQueries accounts, Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<ChecklistSection> build(UUID accountId, HandoffInput.SectionNotes notes) {
        AccountView account = accounts.view(accountId);
        LocalDate today = LocalDate.now(clock);
        List<Object[]> followUps = em.createQuery("select f, q from QbrFollowUp f, Qbr q where q.id = f.qbrId"
                        + " and q.accountId = :account and f.status in (:open, :missed) order by f.targetDate, q.id",
                        Object[].class)
                .setParameter("account", accountId).setParameter("open", FollowUpStatus.OPEN)
                .setParameter("missed", FollowUpStatus.MISSED).getResultList();
        List<Opportunity> opportunities = em.createQuery("select o from Opportunity o where o.accountId = :account"
                        + " and o.stage not in (:won, :lost) order by o.expectedCloseDate, o.id", Opportunity.class)
                .setParameter("account", accountId).setParameter("won", Stage.WON).setParameter("lost", Stage.LOST)
                .getResultList();

        List<ChecklistSection> sections = new ArrayList<>();
        for (ChecklistKind kind : ChecklistKind.values()) {
            String note = notes == null ? null : Text.trimToNull(notes.of(kind));
            sections.add(switch (kind) {
                case GOALS -> goals(account, today, note);
                case KEY_CONTACTS -> keyContacts(accountId, note);
                case OPEN_FOLLOW_UPS -> openFollowUps(followUps, note);
                case OPEN_OPPORTUNITIES -> openOpportunities(opportunities, note);
                case RISKS -> risks(account, followUps, today, note);
            });
        }
        return sections;
    }

    private static ChecklistSection goals(AccountView account, LocalDate today, String note) {
        List<ChecklistSection.Item> items = new ArrayList<>();
        BigDecimal baseline = account.growthBaselineArr();
        BigDecimal target = baseline.multiply(BigDecimal.valueOf(100L + account.growthTargetPct()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        items.add(new ChecklistSection.Item("Grow ARR by " + account.growthTargetPct() + "% in " + today.getYear()
                + ": from " + money(baseline) + " to " + money(target) + " (ARR is " + money(account.arr()) + " now).",
                "account", account.id()));
        if (account.renewalDate() != null) {
            items.add(new ChecklistSection.Item("Renewal on " + account.renewalDate() + ".", "account", account.id()));
        }
        items.add(new ChecklistSection.Item("Next QBR due " + account.nextQbrDue() + ".", "account", account.id()));
        return new ChecklistSection(ChecklistKind.GOALS, "Goals", items,
                "The account's growth target for the year, its renewal and its next QBR.", note);
    }

    /**
     * The people the new owner should meet first: current contacts with a decision role or champions, by
     * influence; at most {@value #KEY_CONTACTS_LISTED}.
     */
    private ChecklistSection keyContacts(UUID accountId, String note) {
        List<Contact> contacts = em.createQuery("select c from Contact c where c.accountId = :account"
                        + " and c.leftCompanyOn is null and c.buyingRole in (:roles)"
                        + " order by c.influence desc nulls last, c.name, c.id", Contact.class)
                .setParameter("account", accountId).setParameter("roles", KEY_ROLES)
                .setMaxResults(KEY_CONTACTS_LISTED).getResultList();
        List<ChecklistSection.Item> items = contacts.stream().map(c -> new ChecklistSection.Item(c.name
                + (c.title == null ? "" : ", " + c.title) + ": " + c.buyingRole
                + (c.influence == null ? "" : ", influence " + c.influence + " of 5")
                + (c.stance == null ? "" : ", " + c.stance)
                + (c.preferredChannel == null ? "" : "; prefers " + c.preferredChannel) + ".", "contact", c.id))
                .toList();
        return new ChecklistSection(ChecklistKind.KEY_CONTACTS, "Key contacts", items, items.isEmpty()
                ? "No current contact has a decision role or is a champion: name the people the new owner should"
                        + " meet here, and add them on the account's People tab."
                : "Current contacts with a decision role, and champions, by influence.", note);
    }

    private static ChecklistSection openFollowUps(List<Object[]> followUps, String note) {
        List<ChecklistSection.Item> items = followUps.stream()
                .filter(row -> ((QbrFollowUp) row[0]).status == FollowUpStatus.OPEN)
                .map(row -> {
                    QbrFollowUp followUp = (QbrFollowUp) row[0];
                    Qbr qbr = (Qbr) row[1];
                    String actions = followUp.actions.isEmpty() ? "" : ": " + String.join("; ", followUp.actions);
                    return new ChecklistSection.Item("Reach " + followUp.targetGrade.label() + " by "
                            + followUp.targetDate + " after the QBR graded " + qbr.overallGrade.label() + actions
                            + ".", "qbr", qbr.id);
                }).toList();
        return new ChecklistSection(ChecklistKind.OPEN_FOLLOW_UPS, "Open follow-ups", items, items.isEmpty()
                ? "No QBR follow-up is open." : "Follow-ups of failing QBRs not yet judged MET or MISSED.", note);
    }

    private static ChecklistSection openOpportunities(List<Opportunity> opportunities, String note) {
        List<ChecklistSection.Item> items = opportunities.stream().map(o -> new ChecklistSection.Item(o.title + ": "
                + money(o.amount) + ", " + o.stage + " (" + o.probability + "%), expected to close "
                + o.expectedCloseDate + (o.nextStep == null ? "" : "; next step: " + o.nextStep) + ".",
                "opportunity", o.id)).toList();
        return new ChecklistSection(ChecklistKind.OPEN_OPPORTUNITIES, "Open opportunities", items,
                items.isEmpty() ? "No opportunity is open." : "Opportunities not yet won or lost.", note);
    }

    private ChecklistSection risks(AccountView account, List<Object[]> followUps, LocalDate today, String note) {
        List<ChecklistSection.Item> items = new ArrayList<>();
        if (account.lastQbrGrade() != null && account.lastQbrGrade().failing()) {
            items.add(new ChecklistSection.Item("The last QBR was graded " + account.lastQbrGrade().label()
                    + ", a failing grade.", "account", account.id()));
        }
        if (account.qbrOverdue()) {
            items.add(new ChecklistSection.Item("The next QBR is overdue: it was due " + account.nextQbrDue() + ".",
                    "account", account.id()));
        }
        followUps.stream().filter(row -> ((QbrFollowUp) row[0]).status == FollowUpStatus.MISSED).forEach(row -> {
            QbrFollowUp followUp = (QbrFollowUp) row[0];
            items.add(new ChecklistSection.Item("A follow-up was missed: " + followUp.targetGrade.label() + " by "
                    + followUp.targetDate + " was not reached.", "qbr", ((Qbr) row[1]).id));
        });
        if (account.renewalDate() != null && !account.renewalDate().isAfter(today.plusDays(RENEWAL_RISK_DAYS))) {
            items.add(new ChecklistSection.Item("The renewal on " + account.renewalDate() + " is within "
                    + RENEWAL_RISK_DAYS + " days.", "account", account.id()));
        }
        if (account.lifecycle() == Lifecycle.AT_RISK) {
            items.add(new ChecklistSection.Item("The account's lifecycle is AT_RISK.", "account", account.id()));
        }
        if (account.parentId() != null) {
            Account parent = em.find(Account.class, account.parentId());
            if (parent != null && parent.archived) {
                items.add(new ChecklistSection.Item("Its parent account, " + parent.name + ", is archived.",
                        "account", parent.id));
            }
        }
        return new ChecklistSection(ChecklistKind.RISKS, "Risks", items, items.isEmpty()
                ? "Nothing in the data points at a risk today." : "What the data points at today.", note);
    }

    private static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }
}
