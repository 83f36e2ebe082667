package com.stratum.opportunity;

/** Pipeline stages with their default win probability; WON and LOST close an opportunity. */
public enum Stage {
    IDENTIFIED(10), QUALIFIED(25), PROPOSAL(50), NEGOTIATION(75), WON(100), LOST(0);

    private final int defaultProbability;

    Stage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    public int defaultProbability() {
        return defaultProbability;
    }

    public boolean closed() {
        return this == WON || this == LOST;
    }
}
