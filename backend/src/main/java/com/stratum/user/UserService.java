package com.stratum.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.stratum.common.ApiProblem;
import com.stratum.common.ETags;
import com.stratum.common.Keyset;
import com.stratum.common.MergePatch;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.QueryParams;
import com.stratum.common.SortField;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.PasswordHasher;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.security.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class UserService {
    private static final List<SortField<Listed>> SORTS = List.of(
            new SortField<>("name", "u.name", SortField.ValueType.STRING, false, r -> r.user().name),
            new SortField<>("email", "u.email", SortField.ValueType.STRING, false, r -> r.user().email),
            new SortField<>("createdAt", "u.createdAt", SortField.ValueType.INSTANT, false, r -> r.user().createdAt),
            new SortField<>("updatedAt", "u.updatedAt", SortField.ValueType.INSTANT, false, r -> r.user().updatedAt));
    /** Each user with their manager's name, in the page's one statement. */
    private static final Paging.Query<Listed> LIST = Paging.Query.ofRows(
            "u, (select m.name from User m where m.id = u.managerId)", "User u",
            row -> new Listed((User) row[0], (String) row[1]));
    /** How far up a reports-to chain is followed before it is taken for a cycle (no real chain is this long). */
    private static final int MAX_CHAIN = 1000;
    private static final Map<String, String> READ_ONLY = readOnly();

    private record Listed(User user, String managerName) {
    }

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;
    private final Validation validation;
    private final MergePatch mergePatch;
    private final Clock clock;
    private final PasswordHasher passwords;
    private final Event<SignInRevoked> signInRevoked;
    private final CurrentCaller current;
    private final SignInThrottle throttle;
    private final Event<LevelChanging> levelChanging;

    public UserService(EntityManager em, Paging paging, Sync sync, Validation validation, MergePatch mergePatch,
            Clock clock, PasswordHasher passwords, Event<SignInRevoked> signInRevoked, CurrentCaller current,
            SignInThrottle throttle, Event<LevelChanging> levelChanging) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
        this.validation = validation;
        this.mergePatch = mergePatch;
        this.clock = clock;
        this.passwords = passwords;
        this.signInRevoked = signInRevoked;
        this.current = current;
        this.throttle = throttle;
        this.levelChanging = levelChanging;
    }

    public record Filter(String q, List<Role> roles, Boolean active, List<UUID> managerIds) {
    }

    @Transactional
    public UserPage list(Filter filter, Instant updatedAfter, String sort, int limit, String cursor) {
        Keyset<Listed> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "name", SORTS, "u.id", r -> r.user().id);
        QueryBuilder query = new QueryBuilder();
        sync.bound(updatedAfter, "u.updatedAt", query);
        if (filter.q() != null) {
            String pattern = query.param(QueryParams.containsPattern(filter.q()));
            query.and("(u.name ilike " + pattern + " escape '\\' or u.email ilike " + pattern + " escape '\\')");
        }
        if (!filter.roles().isEmpty()) {
            query.in("u.role", filter.roles());
        }
        if (filter.active() != null) {
            query.and("u.active = " + query.param(filter.active()));
        }
        if (!filter.managerIds().isEmpty()) {
            query.in("u.managerId", filter.managerIds());
        }
        return paging.page(LIST, query, keyset, limit, cursor).map(r -> UserView.of(r.user(), r.managerName()))
                .to(UserPage::new);
    }

    @Transactional
    public UserView get(UUID id) {
        return view(find(id));
    }

    private static UserView view(User user) {
        return UserView.of(user, user.managerId == null ? null
                : User.<User>findByIdOptional(user.managerId).map(m -> m.name).orElse(null));
    }

    @Transactional
    public UserView create(UserInput input) {
        return create(input, null);
    }

    /** Creates a user, with a first password if one is given. */
    @Transactional
    public UserView create(UserInput input, String password) {
        validation.check(input);
        if (password != null) {
            String weakness = PasswordHasher.weakness(password);
            if (weakness != null) {
                throw ApiProblem.validation("password", weakness);
            }
        }
        Instant now = now();
        User user = new User();
        user.id = UUID.randomUUID();
        user.createdAt = now;
        apply(user, input, now);
        user.passwordHash = password == null ? null : passwords.hash(password);
        user.persist();
        em.flush();
        return view(user);
    }

    @Transactional
    public UserView patch(UUID id, JsonNode patch, String ifMatch) {
        User user = find(id);
        ETags.check(ifMatch, user.version);
        UserInput current = new UserInput(user.name, user.email, user.role, user.active, user.managerId, user.level);
        UserInput changed = validation.check(mergePatch.apply(current, patch, READ_ONLY, UserInput.class));
        if (changed.active() == null) {
            throw ApiProblem.validation("active", "Use true or false.");
        }
        if (changed.level() == null) {
            throw ApiProblem.validation("level", "Choose a level: JUNIOR, MID or SENIOR.");
        }
        boolean self = CurrentCaller.userId().map(user.id::equals).orElse(false);
        if (self && (changed.role() != current.role() || !changed.active().equals(current.active()))) {
            throw Problems.forbidden("Nobody can change their own role or active flag; ask another admin.");
        }
        if (!changed.equals(current)) {
            if (changed.level() != current.level()) {
                // Locked like every assignment of an account to this user, so the two are checked one after the other.
                lockOwner(user.id, "level");
                levelChanging.fire(new LevelChanging(user.id, user.name, changed.level()));
            }
            apply(user, changed, now());
            em.flush();
            if (!user.active) {
                signInRevoked.fire(new SignInRevoked(user.id, null));
            }
        }
        return view(user);
    }

    /**
     * Sets a password. Your own needs the current one (and ends your other sessions); an admin sets anyone's
     * without it (and ends all of that user's sessions).
     */
    @Transactional
    public void setPassword(UUID id, PasswordChangeInput change, String address) {
        validation.check(change);
        User user = find(id);
        Caller caller = current.require();
        boolean self = caller.userId().equals(id);
        if (self && caller.viaToken() && !caller.can(Scope.ADMIN)) {
            throw Problems.missingScope(Scope.ADMIN);
        }
        if (!self && !(caller.atLeast(Role.ADMIN) && caller.can(Scope.ADMIN))) {
            throw Problems.forbidden("Only admins set other users' passwords.");
        }
        if (self) {
            if (change.currentPassword() == null) {
                throw ApiProblem.validation("currentPassword", "Enter your current password to change your own.");
            }
            // Guesses at the current password count like failed sign-ins: a stolen session cannot try many.
            long attempt = throttle.admit(user.email, address);
            if (!passwords.matches(change.currentPassword(), user.passwordHash)) {
                throw ApiProblem.validation("currentPassword", "This is not your current password; enter it again.");
            }
            throttle.succeeded(attempt, user.email);
        }
        String weakness = PasswordHasher.weakness(change.newPassword());
        if (weakness != null) {
            throw ApiProblem.validation("newPassword", weakness);
        }
        user.passwordHash = passwords.hash(change.newPassword());
        user.updatedAt = now();
        em.flush();
        // Every other session (a thief's included) ends; the one that made the change stays.
        signInRevoked.fire(new SignInRevoked(user.id, self ? caller.sessionId() : null));
    }

    /** Makes an existing user an active admin with this password: how the first-admin bootstrap takes an email. */
    @Transactional
    public void makeActiveAdmin(UUID id, String password) {
        User user = find(id);
        user.role = Role.ADMIN;
        user.active = true;
        user.passwordHash = passwords.hash(password);
        user.updatedAt = now();
    }

    /** Display names by id in one query, for lists that show who (token owners, audit actors). */
    @Transactional
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!known.isEmpty()) {
            User.<User>list("id in ?1", known).forEach(user -> names.put(user.id, user.name));
        }
        return names;
    }

    /**
     * Loads a user that is to receive accounts, locking its row so that concurrent capacity checks for the
     * same owner run one after the other.
     */
    public User lockOwner(UUID id, String field) {
        User owner = em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (owner == null) {
            throw ApiProblem.validation(field, "No user has this id; choose an existing user.");
        }
        return owner;
    }

    public User find(UUID id) {
        User user = User.findById(id);
        if (user == null) {
            throw ApiProblem.notFound("user", id);
        }
        return user;
    }

    private void apply(User user, UserInput input, Instant now) {
        if (input.managerId() != null && !input.managerId().equals(user.managerId)) {
            checkManager(user, input.managerId());
        }
        String email = input.email().trim().toLowerCase(Locale.ROOT);
        List<User> sameEmail = User.list("lower(email) = ?1 and id <> ?2", email, user.id);
        if (!sameEmail.isEmpty()) {
            throw ApiProblem.conflict("duplicate", "Duplicate value",
                    sameEmail.get(0).name + " already has the email " + email + "; use another email, or change"
                            + " that user instead of adding a second one.")
                    .with("existingId", sameEmail.get(0).id);
        }
        user.name = input.name().trim();
        user.email = email;
        user.role = input.role();
        user.active = input.active() == null || input.active();
        user.managerId = input.managerId();
        user.level = input.level() == null ? Level.MID : input.level();
        user.updatedAt = now;
    }

    /** A manager is another active user, and the chain of managers above them never comes back to this user. */
    private void checkManager(User user, UUID managerId) {
        if (managerId.equals(user.id)) {
            throw ApiProblem.validation("managerId", "A user cannot be their own manager; choose someone else.");
        }
        User manager = User.findById(managerId);
        if (manager == null) {
            throw ApiProblem.validation("managerId", "No user has this id; choose an existing user as the manager.");
        }
        if (!manager.active) {
            throw ApiProblem.validation("managerId", manager.name + " is inactive; choose an active user as the"
                    + " manager.");
        }
        if (reportsTo(managerId, user.id)) {
            throw ApiProblem.validation("managerId", manager.name + " reports to " + user.name + " (directly or"
                    + " through others), so " + user.name + " cannot report to " + manager.name + ": that would make"
                    + " a cycle. Choose another manager.");
        }
    }

    /** Whether {@code userId}'s chain of managers reaches {@code ancestorId}, in one statement. */
    private boolean reportsTo(UUID userId, UUID ancestorId) {
        Number found = (Number) em.createNativeQuery("with recursive chain(id, depth) as ("
                        + " select manager_id, 1 from app_user where id = :user"
                        + " union all"
                        + " select u.manager_id, c.depth + 1 from app_user u join chain c on u.id = c.id"
                        + " where c.depth < :max)"
                        + " select count(*) from chain where id = :ancestor")
                .setParameter("user", userId).setParameter("ancestor", ancestorId).setParameter("max", MAX_CHAIN)
                .getSingleResult();
        return found.longValue() > 0;
    }

    private static Map<String, String> readOnly() {
        Map<String, String> readOnly = new HashMap<>(MergePatch.METADATA);
        readOnly.put("managerName", "This property is read-only; set managerId instead.");
        return Map.copyOf(readOnly);
    }

    private Instant now() {
        return Text.now(clock);
    }
}
