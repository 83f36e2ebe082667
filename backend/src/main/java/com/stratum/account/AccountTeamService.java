package com.stratum.account;

import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.FieldError;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An account's team: its owner (always on it, implicitly, never a row) and the members the owner and managers
 * choose. The owner and managers replace the list (checked here with {@link CurrentCaller#requireAccountWrite});
 * who may work on the account because they are on it is {@link AccountAccess}'s to decide, from
 * {@link #isCurrentMember}.
 */
@ApplicationScoped
public class AccountTeamService {
    private final EntityManager em;
    private final AccountQueries accounts;
    private final Validation validation;
    private final Clock clock;

    public AccountTeamService(EntityManager em, AccountQueries accounts, Validation validation, Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.validation = validation;
        this.clock = clock;
    }

    /** The team in two statements: the account with its owner and the team's version, then the members. */
    @Transactional
    public TeamView view(UUID accountId) {
        List<Object[]> head = em.createQuery("select a.ownerId, o.name, o.active,"
                        + " (select t.version from AccountTeam t where t.accountId = a.id)"
                        + " from Account a left join User o on o.id = a.ownerId where a.id = :id", Object[].class)
                .setParameter("id", accountId).getResultList();
        if (head.isEmpty()) {
            throw ApiProblem.notFound("account", accountId);
        }
        Object[] row = head.get(0);
        UUID ownerId = (UUID) row[0];
        long version = row[3] == null ? 0 : (Long) row[3];
        LocalDate today = LocalDate.now(clock);
        // A member who has since become the owner leads the team and is shown (once) as the owner.
        List<TeamView.Member> members = em.createQuery("select m, u.name, u.active from TeamMember m, User u"
                        + " where u.id = m.userId and m.accountId = :id order by lower(u.name), u.id", Object[].class)
                .setParameter("id", accountId).getResultList().stream()
                .filter(r -> !((TeamMember) r[0]).userId.equals(ownerId))
                .map(r -> {
                    TeamMember m = (TeamMember) r[0];
                    return new TeamView.Member(m.userId, (String) r[1], (Boolean) r[2], m.teamRole, m.allocationPct,
                            m.since, m.until, isCurrent(m.since, m.until, today));
                }).toList();
        return new TeamView(accountId, ownerId, (String) row[1], Boolean.TRUE.equals(row[2]), members, version);
    }

    /**
     * Replaces the team besides the owner. Only the owner and managers do this; every item is checked and all
     * refusals are given at once, each naming its member. Concurrent saves run one after the other (the team's
     * row is locked), and a stale If-Match is a 412.
     */
    @Transactional
    public TeamView replace(UUID accountId, TeamInput input, String ifMatch) {
        Account account = accounts.find(accountId);
        CurrentCaller.requireAccountWrite(account.ownerId, Scope.ACCOUNTS_WRITE);
        validation.check(input);
        AccountTeam team = lock(accountId);
        ETags.check(ifMatch, team.version);
        if (account.archived) {
            throw ApiProblem.conflict("archived", "Account archived",
                    account.name + " is archived, so its team cannot change. Restore it first.");
        }
        check(account, input.members());

        Map<UUID, TeamMember> existing = new HashMap<>();
        TeamMember.<TeamMember>list("accountId", accountId).forEach(m -> existing.put(m.userId, m));
        for (TeamInput.Member item : input.members()) {
            TeamMember member = existing.remove(item.userId());
            boolean added = member == null;
            if (added) {
                member = new TeamMember();
                member.id = UUID.randomUUID();
                member.accountId = accountId;
                member.userId = item.userId();
            }
            member.teamRole = item.role();
            member.allocationPct = item.allocationPct();
            member.since = item.since();
            member.until = item.until();
            if (added) {
                member.persist();
            }
        }
        existing.values().forEach(TeamMember::delete);
        team.updatedAt = Text.now(clock);
        em.flush();
        return view(accountId);
    }

    /** Whether the user is on the account's team today (since ≤ today ≤ until); the owner is not asked here. */
    public boolean isCurrentMember(UUID accountId, UUID userId) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select count(m) from TeamMember m where m.accountId = :account and m.userId = :user"
                        + " and m.since <= :today and (m.until is null or m.until >= :today)", Long.class)
                .setParameter("account", accountId).setParameter("user", userId).setParameter("today", today)
                .getSingleResult() > 0;
    }

    private static boolean isCurrent(LocalDate since, LocalDate until, LocalDate today) {
        return !since.isAfter(today) && (until == null || !until.isBefore(today));
    }

    /** The team's version row, made on the first save and locked so that saves of one team run in turn. */
    private AccountTeam lock(UUID accountId) {
        em.createNativeQuery("insert into account_team (account_id, updated_at) values (:id, :now)"
                        + " on conflict (account_id) do nothing")
                .setParameter("id", accountId).setParameter("now", Text.now(clock)).executeUpdate();
        return em.find(AccountTeam.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Each member names an active user who may work on accounts, not the owner, and each user only once. */
    private void check(Account account, List<TeamInput.Member> members) {
        Map<UUID, User> users = new HashMap<>();
        List<UUID> ids = members.stream().map(TeamInput.Member::userId).distinct().toList();
        if (!ids.isEmpty()) {
            User.<User>list("id in ?1", ids).forEach(u -> users.put(u.id, u));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            TeamInput.Member item = members.get(i);
            String field = "members[" + i + "]";
            String label = "Member " + (i + 1);
            User user = users.get(item.userId());
            if (user == null) {
                errors.add(new FieldError(field + ".userId", label + ": no user has this id; choose an existing user."));
                continue;
            }
            Integer earlier = seen.putIfAbsent(user.id, i);
            if (earlier != null) {
                errors.add(new FieldError(field + ".userId", label + ": " + user.name + " is already member "
                        + (earlier + 1) + "; list each person once."));
            } else if (user.id.equals(account.ownerId)) {
                errors.add(new FieldError(field + ".userId", label + ": " + user.name + " owns " + account.name
                        + " and so is on its team already; leave the owner out of the list."));
            } else if (!user.active) {
                errors.add(new FieldError(field + ".userId", label + ": " + user.name + " is inactive; reactivate"
                        + " them or choose someone else."));
            } else if (user.role == Role.VIEWER) {
                errors.add(new FieldError(field + ".userId", label + ": " + user.name + " is a viewer and cannot work"
                        + " on accounts; choose an account manager, manager or admin."));
            }
            if (item.until() != null && item.until().isBefore(item.since())) {
                errors.add(new FieldError(field + ".until", label + " (" + user.name + "): the last day, "
                        + item.until() + ", comes before the first day, " + item.since() + "; choose a later last"
                        + " day or leave it empty."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
    }
}
