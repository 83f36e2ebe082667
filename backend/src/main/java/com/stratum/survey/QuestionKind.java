package com.stratum.survey;

/** GRADE: the A+ to F scale. NPS: 0 to 10, "would you recommend us". TEXT: free text. */
public enum QuestionKind { GRADE, NPS, TEXT }
