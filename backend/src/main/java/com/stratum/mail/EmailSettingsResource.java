package com.stratum.mail;

import com.stratum.security.AccessFilter;
import com.stratum.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/settings/email")
@SecurityRequirement(name = AccessFilter.API_TOKEN_SCHEME, scopes = Scope.ACCOUNTS_READ_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class EmailSettingsResource {
    private final QbrEmailService emails;

    public EmailSettingsResource(QbrEmailService emails) {
        this.emails = emails;
    }

    @GET
    @Operation(operationId = "getEmailSettings", summary = "Whether survey e-mails are sent",
            description = "Set by the STRATUM_SMTP_* environment of the server, not through the API.")
    public EmailSettingsView get() {
        return emails.settings();
    }
}
