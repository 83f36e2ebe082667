package com.stratum.account;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An account's team: its owner, always on it, and the members the owner and managers chose.")
public record TeamView(
        @Schema(required = true) UUID accountId,
        @Schema(required = true, nullable = true, description = "The account's owner, on the team implicitly and"
                + " leading it (change the owner on the account); null when the account has no owner.") UUID ownerId,
        @Schema(required = true, nullable = true) String ownerName,
        @Schema(required = true, description = "False when the owner was deactivated (or there is none).")
        boolean ownerActive,
        @Schema(required = true, description = "Everyone on the team besides the owner, by name.")
        List<Member> members,
        @Schema(required = true, readOnly = true, description = "The team's version; also its ETag.") long version) {

    @Schema(name = "TeamMemberView")
    public record Member(
            @Schema(required = true) UUID userId,
            @Schema(required = true) String name,
            @Schema(required = true, description = "False once the user was deactivated.") boolean active,
            @Schema(required = true) TeamRole role,
            @Schema(required = true) int allocationPct,
            @Schema(required = true) LocalDate since,
            @Schema(required = true, nullable = true) LocalDate until,
            @Schema(required = true, description = "On the team today (since ≤ today ≤ until): a current member may"
                    + " work on the account's QBRs and contacts.") boolean current) {
    }
}
