package com.stratum.survey;

/**
 * OPEN until the account's next QBR is answered; then MET (overall grade at or above target) or MISSED. A
 * follow-up whose date has passed by more than the grace period with no answered QBR is judged MISSED by
 * {@link FollowUpJudging}.
 */
public enum FollowUpStatus { OPEN, MET, MISSED }
