package com.stratum.handoff;

/** OPEN until the incoming owner accepts or declines it, or it is cancelled; only ACCEPTED moves the account. */
public enum HandoffStatus { OPEN, ACCEPTED, DECLINED, CANCELLED }
