package com.stratum.audit;

import com.stratum.security.CurrentCaller;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells the database's audit triggers who is writing: when a request that changes something takes a
 * connection from the pool, the actor, token and API operation go into session settings; they are cleared
 * when the connection goes back. Reads skip this, so they cost no extra round trip.
 */
@ApplicationScoped
public class AuditConnectionInterceptor implements AgroalPoolInterceptor {
    private static final String SET = "select set_config('stratum.actor_id', ?, false),"
            + " set_config('stratum.token_id', ?, false), set_config('stratum.action', ?, false)";

    @Override
    public void onConnectionAcquire(Connection connection) {
        CurrentCaller current = writingRequest();
        if (current != null) {
            var caller = current.get();
            label(connection, caller.map(c -> c.userId().toString()).orElse(""),
                    caller.map(c -> c.tokenId() == null ? "" : c.tokenId().toString()).orElse(""), current.action());
        }
    }

    /** The same request that labelled the connection gives it back: clear the label for the next user. */
    @Override
    public void onConnectionReturn(Connection connection) {
        if (writingRequest() != null) {
            label(connection, "", "", "");
        }
    }

    private static CurrentCaller writingRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        CurrentCaller current = Arc.container().instance(CurrentCaller.class).get();
        return current.writing() ? current : null;
    }

    private static void label(Connection connection, String actor, String token, String action) {
        try (PreparedStatement statement = connection.prepareStatement(SET)) {
            statement.setString(1, actor);
            statement.setString(2, token);
            statement.setString(3, action == null ? "" : action);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not label the connection for the audit log", e);
        }
    }
}
