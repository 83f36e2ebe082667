package com.stratum.handoff;

/** The sections of a handoff's checklist, in the order they are shown. */
public enum ChecklistKind { GOALS, KEY_CONTACTS, OPEN_FOLLOW_UPS, OPEN_OPPORTUNITIES, RISKS }
