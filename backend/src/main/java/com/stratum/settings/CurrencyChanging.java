package com.stratum.settings;

/**
 * The company currency is about to change. Fired synchronously inside the settings' transaction: an observer
 * holding figures in the current currency (revenue lines) refuses by throwing a 409 problem.
 */
public record CurrencyChanging(String from, String to) {
}
