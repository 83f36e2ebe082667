package com.stratum.dataimport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportKind", description = "What a CSV import writes: ACCOUNTS, or CONTACTS (each of an account named"
        + " by its external id or name).")
public enum ImportKind { ACCOUNTS, CONTACTS }
