package com.stratum.survey;

import com.stratum.common.PageParams;
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

/** An account's grade trend; its own root path so it never shadows /api/v1/accounts/{id}. */
@Path("/api/v1/accounts/{accountId}/grade-trend")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class GradeTrendResource {
    private final QbrQueries queries;

    public GradeTrendResource(QbrQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "getAccountGradeTrend", summary = "An account's grades per answered QBR, oldest"
            + " first")
    public GradeTrendPage trend(@PathParam("accountId") UUID accountId, @BeanParam PageParams page) {
        return queries.trend(accountId, page.limit(), page.cursor);
    }
}
