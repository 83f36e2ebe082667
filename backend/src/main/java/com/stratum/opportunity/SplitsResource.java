package com.stratum.opportunity;

import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An opportunity's credit splits; its own root path so it never shadows /api/v1/opportunities/{id}. */
@Path("/api/v1/opportunities/{opportunityId}/splits")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class SplitsResource {
    private final OpportunitySplits splits;

    public SplitsResource(OpportunitySplits splits) {
        this.splits = splits;
    }

    @GET
    @Operation(operationId = "getOpportunitySplits", summary = "How an opportunity's credit is split")
    public SplitsView get(@PathParam("opportunityId") UUID opportunityId) {
        return splits.get(opportunityId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.OPPORTUNITIES_WRITE_NAME)
    @Operation(operationId = "replaceOpportunitySplits", summary = "Split an expansion opportunity's credit",
            description = "Replaces the splits whole: each member once, shares summing to exactly 100 (422"
                    + " otherwise). A split of a won opportunity in a closed commission period is paid as an"
                    + " adjustment at the next close. Whoever may change the opportunity may split it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SplitsInput.class),
            examples = @ExampleObject(name = "half", value = "{\"splits\": [{\"userId\":"
                    + " \"6f1c2a7e-1b2c-4d5e-8f90-123456789abc\", \"sharePct\": 50}, {\"userId\":"
                    + " \"0b7d9c1e-2f3a-4b5c-9d8e-abcdef012345\", \"sharePct\": 50}]}")))
    public SplitsView replace(@PathParam("opportunityId") UUID opportunityId, SplitsInput input) {
        return splits.replace(opportunityId, input);
    }
}
