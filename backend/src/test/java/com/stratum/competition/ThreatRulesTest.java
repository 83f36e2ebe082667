package com.stratum.competition;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.grade.Grade;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each rule of ThreatRules on hand-made accounts: the fact that triggers it, and the same account without it. */
class ThreatRulesTest {
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final UUID ACCOUNT = UUID.randomUUID();
    private static final UUID LOGISTICS = UUID.randomUUID();
    private static final UUID RIVAL = UUID.randomUUID();

    /** A sound account: one unit touched last week, nothing else. */
    private static ThreatFacts sound() {
        return new ThreatFacts(ACCOUNT, "Acme", List.of(new ThreatFacts.Unit(LOGISTICS, "Logistics", 2,
                NOW.minus(Duration.ofDays(7)))), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of());
    }

    private static List<ThreatPath> paths(ThreatFacts facts) {
        return ThreatRules.paths(facts, NOW, java.util.Currency.getInstance("USD"));
    }

    @Test
    void aSoundAccountHasNoPathAndScoresZero() {
        assertThat(paths(sound())).isEmpty();
        assertThat(ThreatRules.score(paths(sound()))).isZero();
    }

    @Test
    void aUnitUntouchedFor90DaysIsAPathAndOneTouched89DaysAgoIsNot() {
        ThreatFacts stale = withUnits(new ThreatFacts.Unit(LOGISTICS, "Logistics", 1, NOW.minus(Duration.ofDays(140))));
        assertThat(paths(stale)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ThreatKind.UNTOUCHED_UNIT);
            assertThat(p.score()).isEqualTo(15);
            assertThat(p.businessUnitId()).isEqualTo(LOGISTICS);
            assertThat(p.sentence()).isEqualTo("A competitor could enter through Logistics: no contact for 140 days.");
        });
        assertThat(paths(withUnits(new ThreatFacts.Unit(LOGISTICS, "Logistics", 1, NOW.minus(Duration.ofDays(90))))))
                .hasSize(1);
        assertThat(paths(withUnits(new ThreatFacts.Unit(LOGISTICS, "Logistics", 1, NOW.minus(Duration.ofDays(89))))))
                .isEmpty();
        assertThat(paths(withUnits(new ThreatFacts.Unit(LOGISTICS, "Logistics", 0, null)))).singleElement()
                .satisfies(p -> assertThat(p.sentence()).endsWith(": we know nobody there."));
        assertThat(paths(withUnits(new ThreatFacts.Unit(LOGISTICS, "Logistics", 2, null)))).singleElement()
                .satisfies(p -> assertThat(p.sentence()).endsWith(": no contact there was ever touched."));
    }

    @Test
    void aCompetitorsCellScoresMoreWhenItsContractEndsWithinSixMonthsAndReadsAsOneSentence() {
        ThreatFacts.Held far = held(TODAY.plusMonths(7));
        assertThat(paths(withHeld(far))).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ThreatKind.COMPETITOR_HOLDS);
            assertThat(p.score()).isEqualTo(20);
            assertThat(p.competitorId()).isEqualTo(RIVAL);
            assertThat(p.sentence()).isEqualTo("Rival could enter through Logistics: they hold Analytics (about"
                    + " $40,000.00 a year).");
        });
        assertThat(paths(withHeld(held(TODAY.plusDays(75))))).singleElement().satisfies(p -> {
            assertThat(p.score()).isEqualTo(35);
            assertThat(p.sentence()).isEqualTo("Rival could enter through Logistics: they hold Analytics (about"
                    + " $40,000.00 a year), their contract ends in 75 days.");
        });
        assertThat(paths(withHeld(held(null)))).singleElement().satisfies(p -> assertThat(p.score()).isEqualTo(20));
        assertThat(paths(withHeld(held(TODAY.minusDays(1))))).singleElement()
                .satisfies(p -> assertThat(p.score()).isEqualTo(20));
    }

    @Test
    void theCompetitorsPathGathersTheOtherFactsOfItsWayIn() {
        ThreatFacts f = sound();
        UUID gap = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        ThreatFacts all = new ThreatFacts(ACCOUNT, "Acme", List.of(new ThreatFacts.Unit(LOGISTICS, "Logistics", 1,
                NOW.minus(Duration.ofDays(140)))), List.of(held(TODAY.plusYears(2))),
                List.of(new ThreatFacts.Gap(gap, RIVAL, "Rival", "route optimisation")), List.of(), List.of(), null,
                List.of(new ThreatFacts.Contract(contract, TODAY.plusDays(75), 90)), f.openAlerts());
        List<ThreatPath> paths = paths(all);
        assertThat(paths).extracting(ThreatPath::kind).containsExactly(ThreatKind.RENEWAL_IN_NOTICE,
                ThreatKind.COMPETITOR_HOLDS, ThreatKind.UNTOUCHED_UNIT, ThreatKind.OFFERING_GAP);
        assertThat(paths.get(1).sentence()).isEqualTo("Rival could enter through Logistics: they hold Analytics"
                + " (about $40,000.00 a year), no contact for 140 days, they sell route optimisation, renewal in 75"
                + " days.");
        assertThat(ThreatRules.score(paths)).isEqualTo(25 + 20 + 15 + 15);
    }

    @Test
    void anOfferingGapTheAccountUsesIsAPath() {
        ThreatFacts f = sound();
        ThreatFacts withGap = new ThreatFacts(ACCOUNT, "Acme", f.units(), List.of(), List.of(new ThreatFacts.Gap(
                UUID.randomUUID(), RIVAL, "Rival", "route optimisation")), List.of(), List.of(), null, List.of(),
                List.of());
        assertThat(paths(withGap)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ThreatKind.OFFERING_GAP);
            assertThat(p.score()).isEqualTo(15);
            assertThat(p.sentence()).isEqualTo("Rival could win Acme with route optimisation: Acme uses route"
                    + " optimisation, we do not offer it.");
        });
    }

    @Test
    void singleThreadedCoverageIsAPath() {
        ThreatFacts f = sound();
        ThreatFacts thin = new ThreatFacts(ACCOUNT, "Acme", f.units(), List.of(), List.of(),
                List.of("Only 1 decision contact; KEY accounts need 2."), List.of(), null, List.of(), List.of());
        assertThat(paths(thin)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ThreatKind.SINGLE_THREADED);
            assertThat(p.sentence()).isEqualTo("A competitor could go around our single thread into Acme: only 1"
                    + " decision contact; KEY accounts need 2.");
        });
    }

    @Test
    void aSponsorWhoLeftWithinAYearIsAPathButNotAnInfluencerOrAnOldDeparture() {
        assertThat(paths(withDeparted("EXECUTIVE_SPONSOR", TODAY.minusDays(30)))).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ThreatKind.DEPARTED_SPONSOR);
            assertThat(p.score()).isEqualTo(20);
            assertThat(p.sentence()).isEqualTo("A competitor could win over Jane Doe's successor: Jane Doe, our"
                    + " executive sponsor, left on " + TODAY.minusDays(30) + ".");
        });
        assertThat(paths(withDeparted("DECISION_MAKER", TODAY.minusDays(365)))).hasSize(1);
        assertThat(paths(withDeparted("DECISION_MAKER", TODAY.minusDays(366)))).isEmpty();
        assertThat(paths(withDeparted("INFLUENCER", TODAY.minusDays(30)))).isEmpty();
    }

    @Test
    void failingGradesOnStrategyOrUnderstandingScorePerQuestion() {
        LocalDate answered = TODAY.minusDays(20);
        assertThat(paths(withQbr(Grade.C, Grade.D))).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ThreatKind.FAILING_GRADE);
            assertThat(p.score()).isEqualTo(20);
            assertThat(p.sentence()).isEqualTo("A competitor could offer the insight we do not: the last QBR ("
                    + answered + ") graded our strategic suggestions C, our understanding of their business D.");
        });
        assertThat(paths(withQbr(Grade.B, Grade.B_MINUS))).singleElement()
                .satisfies(p -> assertThat(p.score()).isEqualTo(10));
        assertThat(paths(withQbr(Grade.B, Grade.A))).isEmpty();
        assertThat(paths(withQbr(null, null))).isEmpty();
    }

    @Test
    void aContractInsideItsNoticePeriodIsAPathAndOneBeforeItIsNot() {
        assertThat(paths(withContract(TODAY.plusDays(75), 90))).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ThreatKind.RENEWAL_IN_NOTICE);
            assertThat(p.score()).isEqualTo(25);
            assertThat(p.sentence()).isEqualTo("A competitor could step in at renewal: the contract ends in 75 days,"
                    + " its 90-day notice period has begun.");
        });
        assertThat(paths(withContract(TODAY.plusDays(90), 90))).hasSize(1);
        assertThat(paths(withContract(TODAY.plusDays(91), 90))).isEmpty();
        assertThat(paths(withContract(TODAY.minusDays(1), 90))).isEmpty();
    }

    @Test
    void eachOpenRevenueAlertIsAPath() {
        ThreatFacts f = sound();
        ThreatFacts alerted = new ThreatFacts(ACCOUNT, "Acme", f.units(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), List.of(new ThreatFacts.Alert(UUID.randomUUID(), "STOPPED_BUYING", "Widget",
                        new BigDecimal("12000.00")), new ThreatFacts.Alert(UUID.randomUUID(), "REVENUE_DECLINE", null,
                        new BigDecimal("3000.00"))));
        List<ThreatPath> paths = paths(alerted);
        assertThat(paths).extracting(ThreatPath::kind).containsOnly(ThreatKind.OPEN_ALERT);
        assertThat(paths).extracting(ThreatPath::sentence).containsExactlyInAnyOrder(
                "A competitor may already be taking share: they stopped buying Widget (an open revenue alert,"
                        + " $12,000.00 at risk).",
                "A competitor may already be taking share: their revenue declined against a year earlier (an open"
                        + " revenue alert, $3,000.00 at risk).");
        assertThat(ThreatRules.score(paths)).isEqualTo(20);
    }

    @Test
    void theScoreIsTheSumCappedAt100() {
        ThreatFacts f = sound();
        List<ThreatFacts.Alert> alerts = java.util.stream.IntStream.range(0, 12).mapToObj(i -> new ThreatFacts.Alert(
                UUID.randomUUID(), "VOLUME_DROP", "Widget", BigDecimal.TEN)).toList();
        ThreatFacts many = new ThreatFacts(ACCOUNT, "Acme", f.units(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), alerts);
        assertThat(ThreatRules.score(paths(many))).isEqualTo(ThreatRules.MAX_SCORE);
    }

    private static ThreatFacts withUnits(ThreatFacts.Unit... units) {
        return new ThreatFacts(ACCOUNT, "Acme", List.of(units), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), List.of());
    }

    private static ThreatFacts.Held held(LocalDate contractEnd) {
        return new ThreatFacts.Held(LOGISTICS, "Logistics", "Analytics", RIVAL, "Rival", new BigDecimal("40000.00"),
                contractEnd);
    }

    private static ThreatFacts withHeld(ThreatFacts.Held held) {
        return new ThreatFacts(ACCOUNT, "Acme", sound().units(), List.of(held), List.of(), List.of(), List.of(), null,
                List.of(), List.of());
    }

    private static ThreatFacts withDeparted(String role, LocalDate leftOn) {
        return new ThreatFacts(ACCOUNT, "Acme", sound().units(), List.of(), List.of(), List.of(),
                List.of(new ThreatFacts.Departed(UUID.randomUUID(), "Jane Doe", role, leftOn)), null, List.of(),
                List.of());
    }

    private static ThreatFacts withQbr(Grade strategy, Grade understanding) {
        return new ThreatFacts(ACCOUNT, "Acme", sound().units(), List.of(), List.of(), List.of(), List.of(),
                new ThreatFacts.LastQbr(UUID.randomUUID(), TODAY.minusDays(20), strategy, understanding), List.of(),
                List.of());
    }

    private static ThreatFacts withContract(LocalDate end, int noticeDays) {
        return new ThreatFacts(ACCOUNT, "Acme", sound().units(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(new ThreatFacts.Contract(UUID.randomUUID(), end, noticeDays)), List.of());
    }
}
