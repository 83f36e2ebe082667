package com.stratum.revenue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueImportStatus", description = "UPLOADING: the file is arriving; VALIDATING: its rows are being"
        + " checked; READY: the preview is complete, commit or cancel it; COMMITTING: its valid rows are landing;"
        + " COMMITTED: done; FAILED: see `failure`; CANCELLED: discarded before it was committed.")
public enum ImportStatus { UPLOADING, VALIDATING, READY, COMMITTING, COMMITTED, FAILED, CANCELLED }
