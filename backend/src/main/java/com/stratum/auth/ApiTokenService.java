package com.stratum.auth;

import com.stratum.common.ApiProblem;
import com.stratum.common.Keyset;
import com.stratum.common.Paging;
import com.stratum.common.QueryBuilder;
import com.stratum.common.Secrets;
import com.stratum.common.SortField;
import com.stratum.common.Sync;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import com.stratum.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Issues, lists, checks and revokes API tokens. */
@ApplicationScoped
public class ApiTokenService {
    public static final String TOKEN_PREFIX = "stm_";
    /** Rate limits are per token: a cap on live tokens keeps one user from multiplying their allowance. */
    static final int MAX_LIVE_TOKENS = 25;
    private static final List<SortField<ApiToken>> SORTS = List.of(
            new SortField<>("createdAt", "t.createdAt", SortField.ValueType.INSTANT, false, t -> t.createdAt),
            new SortField<>("name", "t.name", SortField.ValueType.STRING, false, t -> t.name),
            new SortField<>("updatedAt", "t.updatedAt", SortField.ValueType.INSTANT, false, t -> t.updatedAt));
    private static final Paging.Query<ApiToken> LIST = Paging.Query.of("t", "ApiToken t", ApiToken.class);

    private final EntityManager em;
    private final Paging paging;
    private final Sync sync;
    private final Validation validation;
    private final CurrentCaller current;
    private final Clock clock;
    private final UserService users;

    public ApiTokenService(EntityManager em, Paging paging, Sync sync, Validation validation, CurrentCaller current,
            Clock clock, UserService users) {
        this.em = em;
        this.paging = paging;
        this.sync = sync;
        this.validation = validation;
        this.current = current;
        this.clock = clock;
        this.users = users;
    }

    @Transactional
    public CreatedApiToken create(ApiTokenInput input) {
        Caller caller = requireManager();
        validation.check(input);
        Set<Scope> scopes = EnumSet.copyOf(input.scopes());
        Set<Scope> beyondRole = EnumSet.copyOf(scopes);
        beyondRole.removeAll(Scope.grantedTo(caller.role()));
        if (!beyondRole.isEmpty()) {
            throw ApiProblem.validation("scopes", "Your role (" + caller.role() + ") cannot grant "
                    + beyondRole.stream().map(Scope::value).collect(Collectors.joining(", "))
                    + "; choose only scopes your role has.");
        }
        if (caller.viaToken()) {
            // A token can only mint tokens within its own scopes.
            Set<Scope> beyondToken = EnumSet.copyOf(scopes);
            beyondToken.removeAll(caller.scopes());
            if (!beyondToken.isEmpty()) {
                throw Problems.forbidden("A token cannot create a token with scopes it does not have.");
            }
        }
        Instant now = Text.now(clock);
        long live = ApiToken.count("userId = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)",
                caller.userId(), now);
        if (live >= MAX_LIVE_TOKENS) {
            throw ApiProblem.conflict("too-many-tokens", "Too many tokens", "You have " + live
                    + " live API tokens, the most allowed; revoke one you no longer use first.");
        }
        if (input.expiresAt() != null && !input.expiresAt().isAfter(now)) {
            throw ApiProblem.validation("expiresAt", "Choose a time in the future, or leave it out for a token that"
                    + " does not expire.");
        }
        String secret = TOKEN_PREFIX + Secrets.random(32);
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.userId = caller.userId();
        token.name = input.name().trim();
        token.prefix = secret.substring(0, TOKEN_PREFIX.length() + 8);
        token.tokenHash = Secrets.sha256(secret);
        token.scopeSet(scopes);
        token.createdAt = now;
        token.updatedAt = now;
        token.expiresAt = input.expiresAt();
        token.persist();
        return new CreatedApiToken(secret, ApiTokenView.of(token, caller.name(), now));
    }

    /** The caller's own tokens; admins see everyone's (optionally one user's). Revoked tokens are gone. */
    @Transactional
    public ApiTokenPage list(UUID userId, Instant updatedAfter, String sort, int limit, String cursor) {
        Caller caller = requireManager();
        boolean admin = caller.atLeast(Role.ADMIN) && caller.can(Scope.ADMIN);
        if (userId != null && !admin && !userId.equals(caller.userId())) {
            throw Problems.forbidden("Only admins can see other users' tokens.");
        }
        Keyset<ApiToken> keyset = Keyset.parse(Sync.sort(updatedAfter, sort), "-createdAt", SORTS, "t.id", t -> t.id);
        QueryBuilder query = new QueryBuilder().and("t.revokedAt is null");
        sync.bound(updatedAfter, "t.updatedAt", query);
        UUID owner = admin ? userId : caller.userId();
        if (owner != null) {
            query.and("t.userId = " + query.param(owner));
        }
        Paging.Slice<ApiToken> page = paging.page(LIST, query, keyset, limit, cursor);
        Map<UUID, String> names = users.namesOf(page.items().stream().map(t -> t.userId).toList());
        Instant now = Text.now(clock);
        return page.map(t -> ApiTokenView.of(t, names.get(t.userId), now)).to(ApiTokenPage::new);
    }

    /** Revokes at once: the next request with the token is a 401. */
    @Transactional
    public void revoke(UUID id) {
        Caller caller = requireManager();
        ApiToken token = ApiToken.findById(id);
        boolean admin = caller.atLeast(Role.ADMIN) && caller.can(Scope.ADMIN);
        if (token == null || token.revokedAt != null || !admin && !token.userId.equals(caller.userId())) {
            throw ApiProblem.notFound("API token", id);
        }
        token.revokedAt = Text.now(clock);
    }

    /**
     * Token management belongs to people: a session may manage its user's tokens; a token may do so only
     * when it carries the admin scope (otherwise a leaked read-only token could mint a stronger one).
     */
    private Caller requireManager() {
        Caller caller = current.require();
        if (caller.viaToken() && !caller.can(Scope.ADMIN)) {
            throw Problems.missingScope(Scope.ADMIN);
        }
        return caller;
    }
}
