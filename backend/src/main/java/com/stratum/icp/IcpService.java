package com.stratum.icp;

import static com.stratum.common.SqlValues.instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.account.Account;
import com.stratum.account.AccountIcpFit;
import com.stratum.account.AccountQueries;
import com.stratum.common.ApiProblem;
import com.stratum.common.FieldError;
import com.stratum.common.ETags;
import com.stratum.common.Text;
import com.stratum.common.Validation;
import com.stratum.security.CurrentCaller;
import com.stratum.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The ICP profile (managers and admins write it) and each account's fit. The fit rule is SQL ({@code
 * refresh_icp_fit()}, V42), run only through {@link AccountIcpFit}: a profile change recomputes every account in its
 * own transaction, set-based; this class words each criterion's outcome.
 */
@ApplicationScoped
public class IcpService {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final EntityManager em;
    private final Validation validation;
    private final AccountIcpFit fits;
    private final AccountQueries accounts;
    private final ObjectMapper json;
    private final Clock clock;

    public IcpService(EntityManager em, Validation validation, AccountIcpFit fits, AccountQueries accounts,
            ObjectMapper json, Clock clock) {
        this.em = em;
        this.validation = validation;
        this.fits = fits;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public IcpProfileView profile() {
        return IcpProfileView.of(em.find(IcpProfile.class, IcpProfile.ID));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public IcpProfile current() {
        return em.find(IcpProfile.class, IcpProfile.ID);
    }

    /** Replaces the profile and recomputes every account's fit in the same transaction. */
    @Transactional
    public IcpProfileView update(IcpProfileInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing the ICP profile");
        validation.check(input);
        List<FieldError> errors = new ArrayList<>();
        if (input.employeesMin() != null && input.employeesMax() != null
                && input.employeesMin() > input.employeesMax()) {
            errors.add(new FieldError("employeesMax", "Make the largest employee count at least the"
                    + " smallest (" + input.employeesMin() + "), or leave one end open."));
        }
        if (input.revenueMin() != null && input.revenueMax() != null
                && input.revenueMin().compareTo(input.revenueMax()) > 0) {
            errors.add(new FieldError("revenueMax", "Make the largest annual revenue at least the smallest"
                    + " (" + input.revenueMin().toPlainString() + "), or leave one end open."));
        }
        for (String country : input.countries()) {
            if (!COUNTRIES.contains(country.trim().toUpperCase(Locale.ROOT))) {
                errors.add(new FieldError("countries", country + " is not an ISO 3166-1 alpha-2 country"
                        + " code; use two letters such as DE or US."));
            }
        }
        if (input.reviewLowFit() >= input.reviewHighFit()) {
            errors.add(new FieldError("reviewHighFit", "Set the high fit above the low fit ("
                    + input.reviewLowFit() + "), so that no account is listed both ways."));
        }
        if (!List.of(1, 2, 3, 4, 6, 12).contains(input.reviewMonths())) {
            errors.add(new FieldError("reviewMonths", "Choose 1, 2, 3, 4, 6 or 12 months, so that the"
                    + " reviews divide the year."));
        }
        if (input.industryWeight() + input.employeesWeight() + input.revenueWeight() + input.countryWeight() == 0) {
            errors.add(new FieldError("industryWeight", "Give at least one criterion a weight above 0."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        IcpProfile profile = em.find(IcpProfile.class, IcpProfile.ID, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, profile.version);
        profile.industries = input.industries().stream().map(String::trim).distinct().toList();
        profile.countries = input.countries().stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).distinct()
                .toList();
        profile.employeesMin = input.employeesMin();
        profile.employeesMax = input.employeesMax();
        profile.revenueMin = input.revenueMin();
        profile.revenueMax = input.revenueMax();
        profile.industryWeight = input.industryWeight();
        profile.employeesWeight = input.employeesWeight();
        profile.revenueWeight = input.revenueWeight();
        profile.countryWeight = input.countryWeight();
        profile.reviewLowFit = input.reviewLowFit();
        profile.reviewHighFit = input.reviewHighFit();
        profile.reviewMonths = input.reviewMonths();
        profile.updatedAt = Text.now(clock);
        em.flush();
        fits.refreshAll();
        return IcpProfileView.of(profile);
    }

    /** One account's fit, each criterion in words. */
    @Transactional
    public IcpFitView fit(UUID accountId) {
        Account account = accounts.find(accountId);
        IcpProfile profile = current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fit, cast(criteria as text), updated_at from account_icp_fit"
                + " where account_id = :id").setParameter("id", accountId).getResultList();
        if (rows.isEmpty()) {
            return new IcpFitView(accountId, null, List.of(), null);
        }
        Object[] row = rows.get(0);
        return new IcpFitView(accountId, row[0] == null ? null : ((Number) row[0]).intValue(),
                criteria((String) row[1], account, profile), instant(row[2]));
    }

    List<IcpCriterion> criteria(String stored, Account account, IcpProfile profile) {
        List<IcpCriterion> criteria = new ArrayList<>();
        try {
            for (JsonNode node : json.readTree(stored)) {
                String criterion = node.get("criterion").asText();
                String outcome = node.get("outcome").asText();
                int weight = node.get("weight").asInt();
                BigDecimal points = node.get("points").decimalValue();
                criteria.add(new IcpCriterion(criterion, weight, outcome, points,
                        IcpSentences.of(criterion, outcome, weight, points, account, profile)));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("account_icp_fit.criteria is not JSON", e);
        }
        return criteria;
    }
}
