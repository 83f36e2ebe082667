package com.stratum.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {
    @Test
    void aCommitThatFailsBecauseTheDatabaseWentAwayIsA503() {
        // What Narayana throws when the database shuts down mid-commit: the connection error is only suppressed.
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("rollback failed",
                new SQLException("terminating connection due to administrator command", "57P01")));

        var response = new ProblemMapper().unexpected(commit, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((Problem) response.getEntity()).detail).contains("database cannot be reached");
    }

    @Test
    void causesAreWalkedBeforeWhatWasSuppressedAndCyclesEnd() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException cause = new RuntimeException("cause");
        RuntimeException suppressed = new RuntimeException("suppressed");
        outer.initCause(cause);
        outer.addSuppressed(suppressed);
        cause.addSuppressed(outer);

        assertThat(ProblemMapper.causes(outer)).containsExactly(outer, cause, suppressed);
    }
}
