package com.stratum.contact;

/** Where a contact stands toward us. */
public enum Stance { ALLY, NEUTRAL, SKEPTIC }
