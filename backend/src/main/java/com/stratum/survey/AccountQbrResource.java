package com.stratum.survey;

import com.stratum.common.PageParams;
import com.stratum.common.Responses;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Schedules a QBR for one account; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/qbrs")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class AccountQbrResource {
    private final QbrService qbrs;

    public AccountQbrResource(QbrService qbrs) {
        this.qbrs = qbrs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_WRITE_NAME)
    @Operation(operationId = "scheduleQbr", summary = "Schedule a QBR grade survey for an account")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = QbrInput.class),
            examples = @ExampleObject(name = "quarterly", value = """
                    {"scheduledFor": "2027-01-15", "respondentName": "Jordan Lee",
                     "respondentEmail": "jordan.lee@northwind.example"}""")))
    @APIResponse(responseCode = "201", description = "Scheduled",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = QbrView.class)))
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response schedule(@PathParam("accountId") UUID accountId, QbrInput request, @Context UriInfo uri) {
        QbrView qbr = qbrs.schedule(accountId, request);
        return Responses.created(uri.getBaseUriBuilder().path("api/v1/qbrs").path(qbr.id().toString()).build(), qbr, qbr.version());
    }
}
