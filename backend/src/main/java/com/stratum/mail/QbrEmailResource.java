package com.stratum.mail;

import com.stratum.common.PageParams;
import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/qbrs/{id}/emails")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.SURVEYS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class QbrEmailResource {
    private final QbrEmailService emails;

    public QbrEmailResource(QbrEmailService emails) {
        this.emails = emails;
    }

    @GET
    @Operation(operationId = "listQbrEmails", summary = "A QBR's survey e-mails and how their sending went",
            description = "One row per e-mail and recipient: the invitation, the reminders on day 5 and day 10 and"
                    + " the thank-you. Empty when e-mail is not configured (GET /api/v1/settings/email).")
    public QbrEmailPage list(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return emails.emails(id, page.limit(), page.cursor);
    }
}
