package com.stratum.opportunity;

import com.stratum.common.QueryParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/events")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = {Scope.EVENTS_READ_NAME,
    Scope.OPPORTUNITIES_READ_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventReportResource {
    private final EventReports reports;

    public EventReportResource(EventReports reports) {
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "getEventReport", summary = "Events → opportunities → won, by event type (managers)",
            description = "For the events that occurred in the period: how many, how many led to an opportunity,"
                    + " the opportunities created from them and the won ones, with amounts. Managers and admins.")
    public EventReport report(
            @QueryParam("from") @Parameter(description = "First day (event date). Default: a year before `to`.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last day (event date). Default: today.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return reports.report(QueryParams.date("from", from), QueryParams.date("to", to));
    }
}
