package com.stratum.contact;

/** How much a business unit of the customer matters to the account. */
public enum Relevance { HIGH, MEDIUM, LOW }
