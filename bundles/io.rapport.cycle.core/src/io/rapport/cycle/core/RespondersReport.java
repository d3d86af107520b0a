package io.rapport.cycle.core;

import java.util.List;
import java.util.Set;

/**
 * Who answers customers ("engagement is everyone's job"): every outbound reply to an inbound interaction counts
 * as an answer of its author's department ({@link Grouping#BRAND_ACCOUNT} for our accounts).
 *
 * @param coreTeams             the departments whose job answering is (default marketing and support); the
 *                              share outside them is the point of the report
 * @param shareOutsideCoreTeams answers by staff of other departments / all answers ({@code null} if none)
 */
public record RespondersReport(List<DepartmentAnswers> byDepartment, List<MonthAnswers> byMonth, long answers,
        Set<String> coreTeams, Double shareOutsideCoreTeams) {

    public RespondersReport {
        byDepartment = List.copyOf(byDepartment);
        byMonth = List.copyOf(byMonth);
        coreTeams = Set.copyOf(coreTeams);
    }

    /**
     * @param responders distinct people or accounts of the department who answered
     */
    public record DepartmentAnswers(String department, long answers, long responders) {
    }

    /**
     * @param outsideCoreTeams answers that month by staff outside the core teams
     * @param departments      distinct departments (brand accounts count as one) that answered that month
     */
    public record MonthAnswers(String month, long answers, long outsideCoreTeams, long departments) {
        public Double shareOutsideCoreTeams() {
            return answers == 0 ? null : (double) outsideCoreTeams / answers;
        }
    }
}
