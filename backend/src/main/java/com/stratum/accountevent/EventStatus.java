package com.stratum.accountevent;

/**
 * NEW until someone reviews it; then REVIEWED (noted), NO_ACTION (nothing to do, with a note saying why) or
 * OPPORTUNITY_CREATED (set only by creating an opportunity from the event). A reviewed event never goes back to NEW.
 */
public enum EventStatus { NEW, REVIEWED, OPPORTUNITY_CREATED, NO_ACTION }
