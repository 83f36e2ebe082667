package com.stratum.myday;

import com.stratum.common.QueryParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Caller;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Problems;
import com.stratum.security.Role;
import com.stratum.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's day; its own root path beside /api/v1/me. */
@Path("/api/v1/me/day")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.TASKS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class MyDayResource {
    private final CurrentCaller current;
    private final MyDayReport report;

    public MyDayResource(CurrentCaller current, MyDayReport report) {
        this.current = current;
        this.report = report;
    }

    @GET
    @Operation(operationId = "getMyDay", summary = "My day: what needs doing today",
            description = "Tasks due today or overdue, QBRs and follow-ups due within " + MyDayReport.DUE_WITHIN_DAYS
                    + " days, single-threaded accounts and handoffs waiting: each section with its count and the"
                    + " first " + MyDayReport.ITEMS + " items. `scope=TEAM` (managers) gives the same for everyone"
                    + " who reports to the caller, directly or not.")
    @APIResponse(responseCode = "200", description = "The day",
            content = @Content(schema = @Schema(implementation = MyDayView.class)))
    @APIResponse(responseCode = "403", description = "scope=TEAM by someone who is not a manager")
    public MyDayView day(@QueryParam("scope") @Parameter(description = "ME (the default) or TEAM.",
            schema = @Schema(implementation = DayScope.class)) String scope) {
        Caller caller = current.require();
        List<DayScope> scopes = QueryParams.enums("scope", scope == null ? null : List.of(scope), DayScope.class);
        if (scopes.size() > 1) {
            throw com.stratum.common.ApiProblem.badParameter("scope", "must be ME or TEAM, one of them");
        }
        DayScope whose = scopes.isEmpty() ? DayScope.ME : scopes.get(0);
        if (whose == DayScope.ME) {
            return report.day(whose, List.of(caller.userId()));
        }
        if (!caller.atLeast(Role.MANAGER)) {
            throw Problems.forbidden("The team's day is for managers; you are " + caller.role()
                    + ", so open your own day (scope=ME).");
        }
        return report.day(whose, report.reportsOf(caller.userId()));
    }
}
