package com.stratum.icp;

import com.stratum.account.Account;
import java.math.BigDecimal;

/** Each criterion's contribution to an account's fit, in words. */
final class IcpSentences {
    private IcpSentences() {
    }

    static String of(String criterion, String outcome, int weight, BigDecimal points, Account account,
            IcpProfile profile) {
        String name = switch (criterion) {
            case "INDUSTRY" -> "Industry";
            case "EMPLOYEES" -> "Employees";
            case "REVENUE" -> "Annual revenue";
            default -> "Country";
        };
        String wanted = switch (criterion) {
            case "INDUSTRY" -> String.join(", ", profile.industries);
            case "EMPLOYEES" -> range(profile.employeesMin, profile.employeesMax);
            case "REVENUE" -> range(profile.revenueMin, profile.revenueMax);
            default -> String.join(", ", profile.countries);
        };
        String fact = switch (criterion) {
            case "INDUSTRY" -> account.industry;
            case "EMPLOYEES" -> account.employees == null ? null : account.employees.toString();
            case "REVENUE" -> account.annualRevenue == null ? null : account.annualRevenue.toPlainString();
            default -> account.country;
        };
        String gave = points.stripTrailingZeros().toPlainString();
        return switch (outcome) {
            case "MATCH" -> name + " " + fact + " fits the profile (" + wanted + "): +" + gave + " points.";
            case "MISS" -> name + " " + fact + " is outside the profile (" + wanted + "): 0 of its weight " + weight
                    + ".";
            case "UNKNOWN" -> name + " is not on the account, so it counts as outside the profile (" + wanted
                    + "): 0 of its weight " + weight + "; fill it in on the account.";
            default -> name + " is open in the profile, so it does not count.";
        };
    }

    private static String range(Object min, Object max) {
        String low = min == null ? null : min instanceof BigDecimal b ? b.toPlainString() : min.toString();
        String high = max == null ? null : max instanceof BigDecimal b ? b.toPlainString() : max.toString();
        if (low != null && high != null) {
            return low + " to " + high;
        }
        return low != null ? "at least " + low : high != null ? "at most " + high : "any";
    }
}
