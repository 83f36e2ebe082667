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
    "defaultGrowthTargetPct": 15
  },
  "opportunityTypes": {
    "expansion": [
      "UPSELL",
      "CROSS_SELL"
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
    "session"
  ],
  "surveyTemplates": {
    "minGradeQuestions": 1,
    "maxNpsQuestions": 1
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
        "minimum": 0
      },
      "tags": {
        "maxItems": 50,
        "itemMaxLength": 50
      },
      "growthTargetPct": {
        "minimum": 0,
        "maximum": 200
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
        "minimum": 0
      },
      "qbrCadenceDays": {
        "minimum": 1,
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
    }
  }
} as const;
