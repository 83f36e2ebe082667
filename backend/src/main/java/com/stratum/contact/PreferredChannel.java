package com.stratum.contact;

/** How a contact prefers to be reached. */
public enum PreferredChannel { EMAIL, PHONE, MEETING, VIDEO, CHAT }
