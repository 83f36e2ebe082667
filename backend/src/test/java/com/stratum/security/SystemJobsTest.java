package com.stratum.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.account.AccountInput;
import com.stratum.account.AccountService;
import com.stratum.account.AccountView;
import com.stratum.tier.Tier;
import com.stratum.user.UserInput;
import com.stratum.user.UserService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Start-up jobs (demo data, the first admin) call the services directly. Quarkus runs them inside a
 * request context, yet no API request and no caller: they must act as the system, not be refused as
 * unauthenticated.
 */
@QuarkusTest
class SystemJobsTest {
    @Inject
    AccountService accounts;
    @Inject
    UserService users;

    @Test
    @ActivateRequestContext
    void servicesCalledOutsideAnApiRequestActAsTheSystem() {
        assertThat(CurrentCaller.isSystem()).isTrue();
        UUID owner = users.create(new UserInput("System Job Owner", "system-" + UUID.randomUUID() + "@test.example",
                Role.ACCOUNT_MANAGER, true)).id();
        AccountView account = accounts.create(new AccountInput("System job " + UUID.randomUUID(), null, null, null,
                null, null, null, null, null, null, null, null, null, owner, Tier.STRATEGIC, List.of(), null, null, null));
        assertThat(account.tier()).isEqualTo(Tier.STRATEGIC);
        assertThat(CurrentCaller.whoName()).isNull();
    }
}
