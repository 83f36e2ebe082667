package com.stratum.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole team of an account besides its owner: PUT replaces the list with this one. */
@Schema(name = "TeamInput", description = "The account's team besides its owner, replacing the current list. The"
        + " owner is on the team implicitly and is not listed.")
public record TeamInput(
        @Schema(required = true, maxItems = TeamInput.MAX_MEMBERS, description = "Each user at most once; not the"
                + " owner.")
        @NotNull @Size(max = TeamInput.MAX_MEMBERS) List<@NotNull @Valid Member> members) {

    /** Enough for any real team; a longer list is refused, not cut. */
    public static final int MAX_MEMBERS = 50;

    @Schema(name = "TeamMemberInput", description = "One member of the team.")
    public record Member(
            @Schema(required = true, description = "An active user who is not a viewer.") @NotNull UUID userId,
            @Schema(required = true) @NotNull TeamRole role,
            @Schema(required = true, minimum = "1", maximum = "100", description = "Share of their time, in percent.")
            @NotNull @Min(1) @Max(100) Integer allocationPct,
            @Schema(required = true, description = "First day on the team.") @NotNull LocalDate since,
            @Schema(nullable = true, description = "Last day on the team, on or after since; null while open-ended.") LocalDate until) {
    }
}
