package com.stratum.scorecard;

import com.stratum.common.ApiProblem;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.user.User;
import java.util.Optional;
import java.util.UUID;

/** Who may read an owner's scorecard, targets and statements: the owner, and managers and admins (their team, all). */
final class ScorecardAccess {
    private ScorecardAccess() {
    }

    /** The user, read; 404 when there is none, 403 when the caller may not see their pay. */
    static User requireRead(UUID userId) {
        User user = User.findById(userId);
        if (user == null) {
            throw ApiProblem.notFound("user", userId);
        }
        Optional<Caller> caller = CurrentCaller.ofRequest();
        if (caller.isPresent() && !caller.get().atLeast(Role.MANAGER) && !caller.get().userId().equals(userId)) {
            throw Problems.forbidden("Your scorecard, targets and commission statements are yours to read; a"
                    + " colleague's are for managers and admins.");
        }
        return user;
    }
}
