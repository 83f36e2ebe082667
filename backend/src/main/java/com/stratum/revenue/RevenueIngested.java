package com.stratum.revenue;

import java.util.Set;
import java.util.UUID;

/**
 * Revenue lines landed (a batch from billing, a committed CSV import). Fired synchronously inside the ingest's
 * transaction with the accounts whose lines were created or changed, so that what follows from new figures (the
 * alert check of those accounts) is queued in the same transaction and never for a rolled-back ingest.
 */
public record RevenueIngested(Set<UUID> accountIds) {
}
