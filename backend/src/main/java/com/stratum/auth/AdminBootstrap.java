package com.stratum.auth;

import com.stratum.security.PasswordHasher;
import com.stratum.security.Role;
import com.stratum.user.User;
import com.stratum.user.UserInput;
import com.stratum.user.UserService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * First start: when nobody can sign in (no active user with a password) and STRATUM_ADMIN_EMAIL and
 * STRATUM_ADMIN_PASSWORD are set, that admin is created (or, if the email exists, made an active admin with
 * that password). Once someone can sign in, the variables are ignored.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final Optional<String> email;
    private final Optional<String> password;

    public AdminBootstrap(UserService users, @ConfigProperty(name = "stratum.admin.email") Optional<String> email,
            @ConfigProperty(name = "stratum.admin.password") Optional<String> password) {
        this.users = users;
        this.email = email.filter(e -> !e.isBlank());
        this.password = password.filter(p -> !p.isEmpty());
    }

    // After demo data (default priority), so that a demo database is not seen as empty.
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        ensureAdmin();
    }

    @Transactional
    void ensureAdmin() {
        if (User.count("active = true and passwordHash is not null") > 0) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warn("Nobody can sign in yet. Set STRATUM_ADMIN_EMAIL and STRATUM_ADMIN_PASSWORD (at least "
                    + PasswordHasher.MIN_LENGTH + " characters) and restart to create the first admin.");
            return;
        }
        String weakness = PasswordHasher.weakness(password.get());
        if (weakness != null) {
            LOG.errorf("STRATUM_ADMIN_PASSWORD is not accepted, so no admin was created: %s", weakness);
            return;
        }
        String address = email.get().trim().toLowerCase(Locale.ROOT);
        User existing = User.<User>find("lower(email) = ?1", address).firstResult();
        if (existing == null) {
            users.create(new UserInput("Administrator", address, Role.ADMIN, true), password.get());
        } else {
            users.makeActiveAdmin(existing.id, password.get());
        }
        LOG.infof("Created the first admin, %s. Sign in and change the password under Settings.", address);
    }
}
