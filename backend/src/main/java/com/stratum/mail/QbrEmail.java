package com.stratum.mail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The survey e-mails of a QBR. */
@Schema(description = "INVITATION: the link, when the QBR is sent; FIRST_REMINDER and SECOND_REMINDER: on day 5 and"
        + " day 10 after sending while unanswered and the link works; THANK_YOU: once answered, what we heard.")
public enum QbrEmail {
    INVITATION, FIRST_REMINDER, SECOND_REMINDER, THANK_YOU
}
