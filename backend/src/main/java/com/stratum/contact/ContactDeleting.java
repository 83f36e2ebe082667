package com.stratum.contact;

import java.util.UUID;

/**
 * A contact is about to be deleted. Fired synchronously inside the delete's transaction, before the row goes: an
 * observer that still needs the contact (a QBR that names it as a respondent) refuses by throwing a 409 problem.
 */
public record ContactDeleting(UUID contactId, String name) {
}
