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

    /** The default profile (the oldest) and the thresholds: the single-profile API of old clients. */
    @Transactional
    public IcpProfileView profile() {
        return IcpProfileView.of(defaultProfile(), em.find(IcpSettings.class, IcpSettings.ID));
    }

    /** The tier review's thresholds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IcpSettings current() {
        return em.find(IcpSettings.class, IcpSettings.ID);
    }

    private IcpProfile defaultProfile() {
        return em.createQuery("from IcpProfile order by createdAt, id", IcpProfile.class).setMaxResults(1)
                .getSingleResult();
    }

    /** Every profile, oldest (the default) first. */
    @Transactional
    public IcpProfileList profiles() {
        List<IcpProfile> all = em.createQuery("from IcpProfile order by createdAt, id", IcpProfile.class)
                .getResultList();
        List<IcpProfileDetail> items = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            items.add(IcpProfileDetail.of(all.get(i), i == 0));
        }
        return new IcpProfileList(items);
    }

    @Transactional
    public IcpProfileDetail profile(UUID id) {
        return detail(find(id));
    }

    private IcpProfile find(UUID id) {
        IcpProfile profile = em.find(IcpProfile.class, id);
        if (profile == null) {
            throw ApiProblem.notFound("ICP profile", id);
        }
        return profile;
    }

    private IcpProfileDetail detail(IcpProfile profile) {
        return IcpProfileDetail.of(profile, defaultProfile().id.equals(profile.id));
    }

    /** A new profile; every account's fit is recomputed in the same transaction when it is active. */
    @Transactional
    public IcpProfileDetail create(IcpProfileWrite input) {
        CurrentCaller.requireRole(Role.MANAGER, "Creating an ICP profile");
        validation.check(input);
        List<FieldError> errors = criteriaErrors(input);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        lockProfiles();
        long count = em.createQuery("select count(p) from IcpProfile p", Long.class).getSingleResult();
        if (count >= IcpProfile.MAX) {
            throw ApiProblem.conflict("icp-profile-limit", "Too many ICP profiles", "The company already has "
                    + count + " ICP profiles, the most allowed; delete or change one instead of adding another.")
                    .with("limit", IcpProfile.MAX);
        }
        IcpProfile profile = new IcpProfile();
        profile.id = UUID.randomUUID();
        profile.createdAt = Text.now(clock);
        apply(profile, input.name(), input.active(), input);
        em.persist(profile);
        em.flush();
        fits.refreshAll();
        return detail(profile);
    }

    /** Replaces a profile; every account's fit is recomputed in the same transaction. */
    @Transactional
    public IcpProfileDetail update(UUID id, IcpProfileWrite input, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing an ICP profile");
        validation.check(input);
        List<FieldError> errors = criteriaErrors(input);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        lockProfiles();
        IcpProfile profile = find(id);
        ETags.check(ifMatch, profile.version);
        apply(profile, input.name(), input.active(), input);
        em.flush();
        fits.refreshAll();
        return detail(profile);
    }

    /** Deletes a profile unless it is the last one; every account's fit is recomputed in the same transaction. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Deleting an ICP profile");
        lockProfiles();
        IcpProfile profile = find(id);
        ETags.check(ifMatch, profile.version);
        long count = em.createQuery("select count(p) from IcpProfile p", Long.class).getSingleResult();
        if (count <= 1) {
            throw ApiProblem.conflict("last-icp-profile", "The last ICP profile", "The ICP profile " + profile.name
                    + " is the only one left, and every account's fit is read from the profiles, so it cannot be"
                    + " deleted. Create another profile first, or change this one instead.");
        }
        em.remove(profile);
        em.flush();
        fits.refreshAll();
    }

    /** Replaces the default profile's criteria and the thresholds (the single-profile API). */
    @Transactional
    public IcpProfileView update(IcpProfileInput input, String ifMatch) {
        CurrentCaller.requireRole(Role.MANAGER, "Changing the ICP profile");
        validation.check(input);
        List<FieldError> errors = criteriaErrors(input);
        if (input.reviewLowFit() >= input.reviewHighFit()) {
            errors.add(new FieldError("reviewHighFit", "Set the high fit above the low fit ("
                    + input.reviewLowFit() + "), so that no account is listed both ways."));
        }
        if (!List.of(1, 2, 3, 4, 6, 12).contains(input.reviewMonths())) {
            errors.add(new FieldError("reviewMonths", "Choose 1, 2, 3, 4, 6 or 12 months, so that the"
                    + " reviews divide the year."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        IcpSettings settings = lockProfiles();
        IcpProfile profile = defaultProfile();
        ETags.check(ifMatch, IcpProfileView.version(profile, settings));
        apply(profile, profile.name, profile.active, input);
        settings.reviewLowFit = input.reviewLowFit();
        settings.reviewHighFit = input.reviewHighFit();
        settings.reviewMonths = input.reviewMonths();
        settings.updatedAt = Text.now(clock);
        em.flush();
        fits.refreshAll();
        return IcpProfileView.of(profile, settings);
    }

    /** Every profile write locks the thresholds' row first: profile writes go one after the other. */
    private IcpSettings lockProfiles() {
        return em.find(IcpSettings.class, IcpSettings.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    private void apply(IcpProfile profile, String name, boolean active, IcpCriteriaInput input) {
        String trimmed = name.trim();
        List<IcpProfile> same = em.createQuery("from IcpProfile where lower(name) = :name and id <> :id",
                IcpProfile.class).setParameter("name", trimmed.toLowerCase(Locale.ROOT))
                .setParameter("id", profile.id).getResultList();
        if (!same.isEmpty()) {
            throw ApiProblem.conflict("duplicate", "Duplicate value", "Another ICP profile is already called "
                            + same.get(0).name + " (names are the same whatever their case); choose another name.")
                    .with("field", "name").with("existingId", same.get(0).id);
        }
        profile.name = trimmed;
        profile.active = active;
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
        profile.updatedAt = Text.now(clock);
    }

    /** What bean validation cannot say about a profile's criteria: ranges in order, known countries, a weight. */
    private static List<FieldError> criteriaErrors(IcpCriteriaInput input) {
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
        if (input.industryWeight() + input.employeesWeight() + input.revenueWeight() + input.countryWeight() == 0) {
            errors.add(new FieldError("industryWeight", "Give at least one criterion a weight above 0."));
        }
        return errors;
    }

    /** One account's fit, the profile that gave it and each criterion in words. */
    @Transactional
    public IcpFitView fit(UUID accountId) {
        Account account = accounts.find(accountId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fit, cast(criteria as text), updated_at, profile_id"
                + " from account_icp_fit where account_id = :id").setParameter("id", accountId).getResultList();
        if (rows.isEmpty()) {
            return new IcpFitView(accountId, null, null, null, "The fit is not computed yet.", List.of(), null);
        }
        Object[] row = rows.get(0);
        Integer fit = row[0] == null ? null : ((Number) row[0]).intValue();
        IcpProfile profile = row[3] == null ? null : em.find(IcpProfile.class, UUID.fromString(row[3].toString()));
        if (profile == null) {
            return new IcpFitView(accountId, fit, null, null, "No ICP profile is active, so the account has no"
                    + " fit; activate a profile in Settings.", List.of(), instant(row[2]));
        }
        String summary = fit == null ? "The profile " + profile.name + " sets no criterion, and no other active"
                + " profile does, so the account has no fit." : "Fit " + fit + " of 100, from the profile "
                + profile.name + ", the best fit of the active profiles.";
        return new IcpFitView(accountId, fit, profile.id, profile.name, summary,
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
