package com.stratum.survey;

/** OPEN until the account's next QBR is answered; then MET (overall grade at or above target) or MISSED. */
public enum FollowUpStatus { OPEN, MET, MISSED }
