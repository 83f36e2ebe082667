package com.stratum.survey;

/** SCHEDULED, then SENT when the customer's link exists, then ANSWERED; CANCELLED before it is answered. */
public enum QbrStatus { SCHEDULED, SENT, ANSWERED, CANCELLED }
