package com.stratum.icp;

import java.math.BigDecimal;
import java.util.List;

/** The criteria and weights a profile is written with, by either API (one profile or the default one). */
interface IcpCriteriaInput {
    List<String> industries();

    List<String> countries();

    Integer employeesMin();

    Integer employeesMax();

    BigDecimal revenueMin();

    BigDecimal revenueMax();

    Integer industryWeight();

    Integer employeesWeight();

    Integer revenueWeight();

    Integer countryWeight();
}
