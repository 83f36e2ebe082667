package com.stratum.activity;

/** What kind of touch an activity was. */
public enum ActivityType { CALL, MEETING, EMAIL, NOTE, VISIT, WORKSHOP }
