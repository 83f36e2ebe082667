package com.stratum.dataimport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataImportStatus", description = "MAPPING: the file is kept, waiting for its column mapping;"
        + " VALIDATING: its rows are being checked; READY: the preview is complete, commit or cancel it; COMMITTING:"
        + " its valid rows are being written; COMMITTED: done; FAILED: see `failure`; CANCELLED: discarded before it"
        + " was committed.")
public enum DataImportStatus { MAPPING, VALIDATING, READY, COMMITTING, COMMITTED, FAILED, CANCELLED }
