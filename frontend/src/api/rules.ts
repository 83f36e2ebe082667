// Generated from ../rules.json (written by the backend build from the classes that own each rule).
// Do not edit: run `npm run gen:api`.
export const rules = {
  "grades": {
    "bestFirst": [
      "A+",
      "A",
      "A-",
      "B+",
      "B",
      "B-",
      "C+",
      "C",
      "C-",
      "D+",
      "D",
      "D-",
      "F"
    ],
    "points": {
      "A+": 4.3,
      "A": 4,
      "A-": 3.7,
      "B+": 3.3,
      "B": 3,
      "B-": 2.7,
      "C+": 2.3,
      "C": 2,
      "C-": 1.7,
      "D+": 1.3,
      "D": 1,
      "D-": 0.7,
      "F": 0
    },
    "passing": "B"
  },
  "followUp": {
    "minSteps": 1,
    "maxSteps": 3,
    "minDays": 14,
    "maxDays": 120
  },
  "stages": {
    "defaultProbability": {
      "IDENTIFIED": 10,
      "QUALIFIED": 25,
      "PROPOSAL": 50,
      "NEGOTIATION": 75,
      "WON": 100,
      "LOST": 0
    },
    "open": [
      "IDENTIFIED",
      "QUALIFIED",
      "PROPOSAL",
      "NEGOTIATION"
    ],
    "closed": [
      "WON",
      "LOST"
    ]
  },
  "accounts": {
    "defaultGrowthTargetPct": 15,
    "countries": [
      "AD",
      "AE",
      "AF",
      "AG",
      "AI",
      "AL",
      "AM",
      "AO",
      "AQ",
      "AR",
      "AS",
      "AT",
      "AU",
      "AW",
      "AX",
      "AZ",
      "BA",
      "BB",
      "BD",
      "BE",
      "BF",
      "BG",
      "BH",
      "BI",
      "BJ",
      "BL",
      "BM",
      "BN",
      "BO",
      "BQ",
      "BR",
      "BS",
      "BT",
      "BV",
      "BW",
      "BY",
      "BZ",
      "CA",
      "CC",
      "CD",
      "CF",
      "CG",
      "CH",
      "CI",
      "CK",
      "CL",
      "CM",
      "CN",
      "CO",
      "CR",
      "CU",
      "CV",
      "CW",
      "CX",
      "CY",
      "CZ",
      "DE",
      "DJ",
      "DK",
      "DM",
      "DO",
      "DZ",
      "EC",
      "EE",
      "EG",
      "EH",
      "ER",
      "ES",
      "ET",
      "FI",
      "FJ",
      "FK",
      "FM",
      "FO",
      "FR",
      "GA",
      "GB",
      "GD",
      "GE",
      "GF",
      "GG",
      "GH",
      "GI",
      "GL",
      "GM",
      "GN",
      "GP",
      "GQ",
      "GR",
      "GS",
      "GT",
      "GU",
      "GW",
      "GY",
      "HK",
      "HM",
      "HN",
      "HR",
      "HT",
      "HU",
      "ID",
      "IE",
      "IL",
      "IM",
      "IN",
      "IO",
      "IQ",
      "IR",
      "IS",
      "IT",
      "JE",
      "JM",
      "JO",
      "JP",
      "KE",
      "KG",
      "KH",
      "KI",
      "KM",
      "KN",
      "KP",
      "KR",
      "KW",
      "KY",
      "KZ",
      "LA",
      "LB",
      "LC",
      "LI",
      "LK",
      "LR",
      "LS",
      "LT",
      "LU",
      "LV",
      "LY",
      "MA",
      "MC",
      "MD",
      "ME",
      "MF",
      "MG",
      "MH",
      "MK",
      "ML",
      "MM",
      "MN",
      "MO",
      "MP",
      "MQ",
      "MR",
      "MS",
      "MT",
      "MU",
      "MV",
      "MW",
      "MX",
      "MY",
      "MZ",
      "NA",
      "NC",
      "NE",
      "NF",
      "NG",
      "NI",
      "NL",
      "NO",
      "NP",
      "NR",
      "NU",
      "NZ",
      "OM",
      "PA",
      "PE",
      "PF",
      "PG",
      "PH",
      "PK",
      "PL",
      "PM",
      "PN",
      "PR",
      "PS",
      "PT",
      "PW",
      "PY",
      "QA",
      "RE",
      "RO",
      "RS",
      "RU",
      "RW",
      "SA",
      "SB",
      "SC",
      "SD",
      "SE",
      "SG",
      "SH",
      "SI",
      "SJ",
      "SK",
      "SL",
      "SM",
      "SN",
      "SO",
      "SR",
      "SS",
      "ST",
      "SV",
      "SX",
      "SY",
      "SZ",
      "TC",
      "TD",
      "TF",
      "TG",
      "TH",
      "TJ",
      "TK",
      "TL",
      "TM",
      "TN",
      "TO",
      "TR",
      "TT",
      "TV",
      "TW",
      "TZ",
      "UA",
      "UG",
      "UM",
      "US",
      "UY",
      "UZ",
      "VA",
      "VC",
      "VE",
      "VG",
      "VI",
      "VN",
      "VU",
      "WF",
      "WS",
      "YE",
      "YT",
      "ZA",
      "ZM",
      "ZW"
    ]
  },
  "opportunityTypes": {
    "expansion": [
      "UPSELL",
      "CROSS_SELL"
    ]
  },
  "contacts": {
    "languages": [
      "aa",
      "ab",
      "ae",
      "af",
      "ak",
      "am",
      "an",
      "ar",
      "as",
      "av",
      "ay",
      "az",
      "ba",
      "be",
      "bg",
      "bh",
      "bi",
      "bm",
      "bn",
      "bo",
      "br",
      "bs",
      "ca",
      "ce",
      "ch",
      "co",
      "cr",
      "cs",
      "cu",
      "cv",
      "cy",
      "da",
      "de",
      "dv",
      "dz",
      "ee",
      "el",
      "en",
      "eo",
      "es",
      "et",
      "eu",
      "fa",
      "ff",
      "fi",
      "fj",
      "fo",
      "fr",
      "fy",
      "ga",
      "gd",
      "gl",
      "gn",
      "gu",
      "gv",
      "ha",
      "he",
      "hi",
      "ho",
      "hr",
      "ht",
      "hu",
      "hy",
      "hz",
      "ia",
      "id",
      "ie",
      "ig",
      "ii",
      "ik",
      "in",
      "io",
      "is",
      "it",
      "iu",
      "iw",
      "ja",
      "ji",
      "jv",
      "ka",
      "kg",
      "ki",
      "kj",
      "kk",
      "kl",
      "km",
      "kn",
      "ko",
      "kr",
      "ks",
      "ku",
      "kv",
      "kw",
      "ky",
      "la",
      "lb",
      "lg",
      "li",
      "ln",
      "lo",
      "lt",
      "lu",
      "lv",
      "mg",
      "mh",
      "mi",
      "mk",
      "ml",
      "mn",
      "mo",
      "mr",
      "ms",
      "mt",
      "my",
      "na",
      "nb",
      "nd",
      "ne",
      "ng",
      "nl",
      "nn",
      "no",
      "nr",
      "nv",
      "ny",
      "oc",
      "oj",
      "om",
      "or",
      "os",
      "pa",
      "pi",
      "pl",
      "ps",
      "pt",
      "qu",
      "rm",
      "rn",
      "ro",
      "ru",
      "rw",
      "sa",
      "sc",
      "sd",
      "se",
      "sg",
      "si",
      "sk",
      "sl",
      "sm",
      "sn",
      "so",
      "sq",
      "sr",
      "ss",
      "st",
      "su",
      "sv",
      "sw",
      "ta",
      "te",
      "tg",
      "th",
      "ti",
      "tk",
      "tl",
      "tn",
      "to",
      "tr",
      "ts",
      "tt",
      "tw",
      "ty",
      "ug",
      "uk",
      "ur",
      "uz",
      "ve",
      "vi",
      "vo",
      "wa",
      "wo",
      "xh",
      "yi",
      "yo",
      "za",
      "zh",
      "zu"
    ],
    "decisionBuyingRoles": [
      "ECONOMIC_BUYER",
      "DECISION_MAKER",
      "EXECUTIVE_SPONSOR"
    ]
  },
  "nps": {
    "promoterMin": 9,
    "detractorMax": 6
  },
  "password": {
    "minLength": 12,
    "maxBytes": 72
  },
  "auditEntityTypes": [
    "account",
    "tier-change",
    "growth-baseline",
    "user",
    "tier-policy",
    "survey-template",
    "survey-question",
    "qbr",
    "qbr-answer",
    "qbr-follow-up",
    "opportunity",
    "opportunity-stage-change",
    "api-token",
    "session",
    "business-unit",
    "contact",
    "qbr-respondent",
    "account-team-member",
    "handoff",
    "owner-change",
    "task",
    "company-settings",
    "activity",
    "activity-contact",
    "account-event",
    "product",
    "revenue-ingest",
    "contract",
    "revenue-alert",
    "revenue-alert-policy",
    "account-plan",
    "plan-review",
    "plan-objective",
    "plan-measurement",
    "plan-milestone",
    "data-import",
    "owner-target",
    "commission-plan",
    "opportunity-split",
    "commission-period",
    "commission-line",
    "icp-profile",
    "icp-fit-profile",
    "tier-budget",
    "tier-budget-override"
  ],
  "timeline": {
    "kinds": [
      "ACTIVITY",
      "QBR",
      "FOLLOW_UP",
      "STAGE_CHANGE",
      "TIER_CHANGE",
      "HANDOFF",
      "OWNER_CHANGE",
      "EVENT",
      "TASK"
    ]
  },
  "events": {
    "reviewDays": 7,
    "standardReviewDays": 14
  },
  "revenueAlerts": {
    "nextStatuses": {
      "NEW": [
        "ACKNOWLEDGED",
        "RESOLVED"
      ],
      "ACKNOWLEDGED": [
        "RESOLVED"
      ],
      "RESOLVED": []
    },
    "causeNamingCompetitor": "COMPETITOR",
    "baselineMonths": 6,
    "minSilentMonths": 2,
    "gapFactor": 1.5,
    "declineMonths": 3
  },
  "surveyTemplates": {
    "minGradeQuestions": 1,
    "maxNpsQuestions": 1
  },
  "plans": {
    "maxObjectives": 7,
    "tolerancePct": 10,
    "tiersNeedingAPlan": [
      "KEY",
      "STRATEGIC"
    ],
    "growthMetric": "ARR",
    "unmeasuredStatus": "ON_TRACK"
  },
  "threats": {
    "weights": {
      "UNTOUCHED_UNIT": 15,
      "COMPETITOR_HOLDS": 20,
      "OFFERING_GAP": 15,
      "SINGLE_THREADED": 15,
      "DEPARTED_SPONSOR": 20,
      "FAILING_GRADE": 10,
      "RENEWAL_IN_NOTICE": 25,
      "OPEN_ALERT": 10
    },
    "contractEndingBonus": 15,
    "contractEndingMonths": 6,
    "untouchedDays": 90,
    "departedWithinDays": 365,
    "maxScore": 100,
    "scoreRule": "The sum of the scores of the account's paths, capped at 100 (0: no path). Each path scores its rule's weight: UNTOUCHED_UNIT 15 per unit with no contact touched in 90 days; COMPETITOR_HOLDS 20 per cell a competitor holds, +15 when its contract ends within 6 months; OFFERING_GAP 15 per gap the account uses; SINGLE_THREADED 15; DEPARTED_SPONSOR 20 per executive sponsor or decision maker who left in the last 365 days; FAILING_GRADE 10 per failing grade (below B) on the last answered QBR's strategic-suggestions and understanding questions; RENEWAL_IN_NOTICE 25 per contract inside its notice period; OPEN_ALERT 10 per open revenue alert. The weights are in rules.json (threats.weights).",
    "oursMonths": 12
  },
  "risk": {
    "flags": {
      "FAILING_GRADE": {
        "raisedWhen": "The last answered QBR's overall grade is below B.",
        "clearsWhen": "Clears when a QBR is answered with B or better."
      },
      "FOLLOW_UP_MISSED": {
        "raisedWhen": "The latest follow-up was judged MISSED, or is still open past its date.",
        "clearsWhen": "Clears when a QBR reaches the follow-up's target grade, or a new follow-up is set and not yet due."
      },
      "QBR_OVERDUE": {
        "raisedWhen": "The next QBR's due date is past.",
        "clearsWhen": "Clears when a QBR is answered (the next one is then due a cadence later)."
      },
      "TOUCH_OVERDUE": {
        "raisedWhen": "No touch logged within the tier's touch cadence.",
        "clearsWhen": "Clears when an activity is logged on the account."
      },
      "SINGLE_THREADED": {
        "raisedWhen": "The account is under its tier's coverage rule.",
        "clearsWhen": "Clears when the account meets its tier's coverage rule (decision contacts and business units covered)."
      },
      "SPONSOR_LEFT": {
        "raisedWhen": "An executive sponsor left the customer within 365 days and no current contact is one.",
        "clearsWhen": "Clears when a current contact is an executive sponsor, or 365 days after the sponsor left."
      },
      "REVENUE_ALERT": {
        "raisedWhen": "A revenue alert (any rule) is NEW or ACKNOWLEDGED.",
        "clearsWhen": "Clears when every revenue alert of the account is resolved."
      },
      "RENEWAL_AT_RISK": {
        "raisedWhen": "The next renewal (a contract's end, else the account's renewal date with 90 notice days) is inside its notice period, with a failing last grade or an open revenue alert.",
        "clearsWhen": "Clears when the grade passes and no revenue alert is open, or once the renewal date has passed."
      },
      "THREAT_PATH": {
        "raisedWhen": "The account's threat score is above the threshold in the risk settings (default 50).",
        "clearsWhen": "Clears when the account's threat score is at or below the threshold in the risk settings."
      },
      "PLAN_STALE": {
        "raisedWhen": "A KEY or STRATEGIC account without an ACTIVE plan, or whose plan review is overdue.",
        "clearsWhen": "Clears when the account has an ACTIVE plan reviewed within its tier's QBR cadence (or is no longer KEY or STRATEGIC)."
      }
    },
    "sponsorLeftWithinDays": 365,
    "defaultNoticeDays": 90,
    "defaultThreatThreshold": 50,
    "maxSnoozeDays": 180,
    "failingBelow": "B"
  },
  "limits": {
    "AccountInput": {
      "name": {
        "maxLength": 200
      },
      "domain": {
        "maxLength": 253
      },
      "externalId": {
        "maxLength": 200
      },
      "industry": {
        "maxLength": 100
      },
      "territory": {
        "maxLength": 100
      },
      "employees": {
        "minimum": 0,
        "maximum": 10000000
      },
      "annualRevenue": {
        "minimum": 0,
        "integerDigits": 17,
        "fractionDigits": 2
      },
      "arr": {
        "minimum": 0,
        "integerDigits": 17,
        "fractionDigits": 2
      },
      "tags": {
        "maxItems": 50,
        "itemMaxLength": 50
      },
      "growthTargetPct": {
        "minimum": 0,
        "maximum": 200
      },
      "growthBaselineArr": {
        "minimum": 0,
        "integerDigits": 17,
        "fractionDigits": 2
      }
    },
    "TierChangeRequest": {
      "reason": {
        "minLength": 3,
        "maxLength": 500
      }
    },
    "TierPolicyUpdate": {
      "maxAccountsPerOwner": {
        "minimum": 0,
        "maximum": 10000
      },
      "qbrCadenceDays": {
        "minimum": 1,
        "maximum": 730
      },
      "minDecisionContacts": {
        "minimum": 0,
        "maximum": 100
      },
      "minBusinessUnits": {
        "minimum": 0,
        "maximum": 100
      },
      "touchCadenceDays": {
        "minimum": 1,
        "maximum": 730
      },
      "renewalLeadDays": {
        "minimum": 0,
        "maximum": 730
      }
    },
    "UserInput": {
      "name": {
        "maxLength": 200
      },
      "email": {
        "maxLength": 320
      }
    },
    "NewUser": {
      "name": {
        "maxLength": 200
      },
      "email": {
        "maxLength": 320
      }
    },
    "ApiTokenInput": {
      "name": {
        "maxLength": 100
      }
    },
    "NewQbr": {
      "respondentName": {
        "maxLength": 200
      },
      "respondentEmail": {
        "maxLength": 320
      },
      "respondentContactIds": {
        "maxItems": 20
      }
    },
    "TemplateInput": {
      "name": {
        "maxLength": 200
      },
      "questions": {
        "maxItems": 30
      }
    },
    "QuestionInput": {
      "text": {
        "maxLength": 500
      }
    },
    "AnswerInput": {
      "score": {
        "minimum": 0,
        "maximum": 10
      },
      "text": {
        "maxLength": 4000
      },
      "why": {
        "maxLength": 4000
      }
    },
    "FollowUpInput": {
      "actions": {
        "maxItems": 10,
        "itemMaxLength": 300
      }
    },
    "OpportunityInput": {
      "title": {
        "maxLength": 200
      },
      "product": {
        "maxLength": 200
      },
      "amount": {
        "exclusiveMinimum": 0,
        "integerDigits": 17,
        "fractionDigits": 2
      },
      "probability": {
        "minimum": 0,
        "maximum": 100
      },
      "nextStep": {
        "maxLength": 500
      }
    },
    "CompellingEvent": {
      "description": {
        "maxLength": 1000
      }
    },
    "StageRequest": {
      "lossReason": {
        "maxLength": 1000
      },
      "note": {
        "maxLength": 1000
      }
    },
    "ReopenRequest": {
      "reason": {
        "minLength": 3,
        "maxLength": 1000
      }
    },
    "ContactInput": {
      "name": {
        "maxLength": 200
      },
      "title": {
        "maxLength": 200
      },
      "email": {
        "maxLength": 320
      },
      "phone": {
        "maxLength": 50
      },
      "influence": {
        "minimum": 1,
        "maximum": 5
      },
      "externalId": {
        "maxLength": 200
      }
    },
    "BusinessUnitInput": {
      "name": {
        "maxLength": 200
      }
    },
    "TeamInput": {
      "members": {
        "maxItems": 50
      }
    },
    "TeamMemberInput": {
      "allocationPct": {
        "minimum": 1,
        "maximum": 100
      }
    },
    "NewHandoff": {
      "note": {
        "maxLength": 2000
      }
    },
    "HandoffSectionNotes": {
      "goals": {
        "maxLength": 2000
      },
      "keyContacts": {
        "maxLength": 2000
      },
      "openFollowUps": {
        "maxLength": 2000
      },
      "openOpportunities": {
        "maxLength": 2000
      },
      "risks": {
        "maxLength": 2000
      }
    },
    "HandoffDecline": {
      "reason": {
        "minLength": 3,
        "maxLength": 500
      }
    },
    "SettingsUpdate": {
      "companyName": {
        "maxLength": 200
      },
      "grrThresholdPct": {
        "minimum": 0,
        "maximum": 100,
        "integerDigits": 3,
        "fractionDigits": 2
      }
    },
    "ActivityInput": {
      "summary": {
        "maxLength": 500
      },
      "body": {
        "maxLength": 20000
      },
      "contactIds": {
        "maxItems": 50
      }
    },
    "ActivityBatchItem": {
      "source": {
        "maxLength": 50
      },
      "externalId": {
        "maxLength": 200
      },
      "summary": {
        "maxLength": 500
      },
      "body": {
        "maxLength": 20000
      },
      "contactIds": {
        "maxItems": 50
      }
    },
    "TaskInput": {
      "title": {
        "maxLength": 300
      }
    },
    "EventInput": {
      "description": {
        "maxLength": 1000
      },
      "reviewNote": {
        "maxLength": 1000
      }
    },
    "ProductInput": {
      "sku": {
        "maxLength": 64
      },
      "name": {
        "maxLength": 200
      },
      "family": {
        "maxLength": 100
      }
    },
    "ContractInput": {
      "annualValue": {
        "minimum": 0,
        "integerDigits": 17,
        "fractionDigits": 2
      },
      "noticeDays": {
        "minimum": 0,
        "maximum": 730
      }
    },
    "RevenueAlertInput": {
      "competitor": {
        "maxLength": 200
      },
      "resolutionNote": {
        "maxLength": 2000
      }
    },
    "RevenueAlertPolicyInput": {
      "minMonthsBought": {
        "minimum": 1,
        "maximum": 6
      },
      "volumeDropPct": {
        "exclusiveMinimum": 0,
        "maximum": 100,
        "integerDigits": 3,
        "fractionDigits": 2
      },
      "revenueDeclinePct": {
        "exclusiveMinimum": 0,
        "maximum": 100,
        "integerDigits": 3,
        "fractionDigits": 2
      }
    },
    "WebhookInput": {
      "name": {
        "maxLength": 100
      },
      "url": {
        "maxLength": 2000
      }
    },
    "PlanInput": {
      "whyTheyBought": {
        "maxLength": 20000
      },
      "customerGoals": {
        "maxLength": 20000
      },
      "initiatives": {
        "maxLength": 20000
      },
      "risks": {
        "maxLength": 20000
      }
    },
    "ObjectiveInput": {
      "title": {
        "maxLength": 200
      },
      "metric": {
        "maxLength": 200
      },
      "unit": {
        "maxLength": 40
      },
      "baseline": {
        "integerDigits": 15,
        "fractionDigits": 2
      },
      "target": {
        "integerDigits": 15,
        "fractionDigits": 2
      },
      "opportunityIds": {
        "maxItems": 50
      },
      "taskIds": {
        "maxItems": 50
      }
    },
    "MeasurementInput": {
      "value": {
        "integerDigits": 15,
        "fractionDigits": 2
      },
      "note": {
        "maxLength": 2000
      }
    },
    "MilestoneInput": {
      "title": {
        "maxLength": 200
      }
    },
    "ReviewInput": {
      "note": {
        "maxLength": 5000
      }
    },
    "CompetitorInput": {
      "name": {
        "maxLength": 200
      },
      "website": {
        "maxLength": 500
      },
      "notes": {
        "maxLength": 4000
      }
    },
    "OfferingGapInput": {
      "offering": {
        "maxLength": 200
      },
      "notes": {
        "maxLength": 4000
      },
      "accountIds": {
        "maxItems": 1000
      }
    },
    "WhitespaceCellInput": {
      "productFamily": {
        "maxLength": 100
      },
      "estimatedAnnualValue": {
        "minimum": 0,
        "integerDigits": 14,
        "fractionDigits": 2
      }
    },
    "ThreatTaskInput": {
      "key": {
        "maxLength": 300
      }
    },
    "RiskFlagSnoozeInput": {
      "reason": {
        "maxLength": 2000
      }
    },
    "RiskSettingsInput": {
      "threatThreshold": {
        "minimum": 0,
        "maximum": 100
      }
    },
    "OwnerTargetInput": {
      "expansionTarget": {
        "minimum": 0,
        "integerDigits": 12,
        "fractionDigits": 2
      },
      "grrThresholdPct": {
        "minimum": 0,
        "maximum": 100,
        "integerDigits": 3,
        "fractionDigits": 2
      },
      "nrrTargetPct": {
        "minimum": 0,
        "maximum": 1000,
        "integerDigits": 4,
        "fractionDigits": 2
      }
    },
    "CommissionPlanInput": {
      "ratePct": {
        "minimum": 0,
        "maximum": 100,
        "integerDigits": 3,
        "fractionDigits": 2
      },
      "accelerators": {
        "maxItems": 10
      }
    },
    "CommissionAcceleratorInput": {
      "fromAttainmentPct": {
        "minimum": 100,
        "maximum": 1000,
        "integerDigits": 4,
        "fractionDigits": 2
      },
      "ratePct": {
        "minimum": 0,
        "maximum": 100,
        "integerDigits": 3,
        "fractionDigits": 2
      }
    },
    "OpportunitySplitInput": {
      "sharePct": {
        "minimum": 0.01,
        "maximum": 100,
        "integerDigits": 3,
        "fractionDigits": 2
      }
    },
    "IcpProfileInput": {
      "industries": {
        "maxItems": 50,
        "itemMaxLength": 100
      },
      "countries": {
        "maxItems": 250,
        "itemMaxLength": 2
      },
      "employeesMin": {
        "minimum": 0,
        "maximum": 10000000
      },
      "employeesMax": {
        "minimum": 0,
        "maximum": 10000000
      },
      "revenueMin": {
        "minimum": 0,
        "integerDigits": 16,
        "fractionDigits": 2
      },
      "revenueMax": {
        "minimum": 0,
        "integerDigits": 16,
        "fractionDigits": 2
      },
      "industryWeight": {
        "minimum": 0,
        "maximum": 100
      },
      "employeesWeight": {
        "minimum": 0,
        "maximum": 100
      },
      "revenueWeight": {
        "minimum": 0,
        "maximum": 100
      },
      "countryWeight": {
        "minimum": 0,
        "maximum": 100
      },
      "reviewLowFit": {
        "minimum": 0,
        "maximum": 100
      },
      "reviewHighFit": {
        "minimum": 0,
        "maximum": 100
      },
      "reviewMonths": {
        "minimum": 1,
        "maximum": 12
      }
    },
    "IcpProfileWrite": {
      "name": {
        "maxLength": 100
      },
      "industries": {
        "maxItems": 50,
        "itemMaxLength": 100
      },
      "countries": {
        "maxItems": 250,
        "itemMaxLength": 2
      },
      "employeesMin": {
        "minimum": 0,
        "maximum": 10000000
      },
      "employeesMax": {
        "minimum": 0,
        "maximum": 10000000
      },
      "revenueMin": {
        "minimum": 0,
        "integerDigits": 16,
        "fractionDigits": 2
      },
      "revenueMax": {
        "minimum": 0,
        "integerDigits": 16,
        "fractionDigits": 2
      },
      "industryWeight": {
        "minimum": 0,
        "maximum": 100
      },
      "employeesWeight": {
        "minimum": 0,
        "maximum": 100
      },
      "revenueWeight": {
        "minimum": 0,
        "maximum": 100
      },
      "countryWeight": {
        "minimum": 0,
        "maximum": 100
      }
    },
    "TierBudgetInput": {
      "maxSharePct": {
        "exclusiveMinimum": 0,
        "maximum": 100,
        "integerDigits": 3,
        "fractionDigits": 2
      },
      "maxCount": {
        "minimum": 0,
        "maximum": 1000000
      }
    },
    "TierSwapInput": {
      "reason": {
        "minLength": 3,
        "maxLength": 500
      },
      "demoteReason": {
        "minLength": 3,
        "maxLength": 500
      }
    },
    "BudgetOverrideInput": {
      "reason": {
        "minLength": 3,
        "maxLength": 500
      }
    },
    "TierDecision": {
      "reason": {
        "minLength": 3,
        "maxLength": 500
      }
    }
  }
} as const;
