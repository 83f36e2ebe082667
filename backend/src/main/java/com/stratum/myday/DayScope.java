package com.stratum.myday;

/** Whose day: ME (the caller's) or TEAM (everyone who reports to the caller, directly or not; managers only). */
public enum DayScope {
    ME, TEAM
}
