package com.stratum.opportunity;

import java.util.Optional;
import java.util.UUID;

/**
 * The competitors a loss reason (here) or a revenue alert's cause (revenuealert) may name, as seen from below
 * competition in the package order: competition implements it, so these packages keep a competitor's id without
 * importing its classes.
 */
public interface CompetitorDirectory {
    /** The competitor's name, or empty when no competitor has this id. */
    Optional<String> name(UUID id);
}
