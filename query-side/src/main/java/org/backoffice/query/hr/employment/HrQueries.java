package org.backoffice.query.hr.employment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

public final class HrQueries {

    private HrQueries() {
    }

    public record FindEmployees(String department, String status, LocalDate today, int page, int size) {
    }

    /** Every change of job, department, manager, salary and status, by effective date. */
    public record FindEmployeeHistory(UUID employeeId) {
    }

    public record FindEmployee(UUID employeeId, LocalDate today) {
    }

    /** The erasure plan of a former employee, once erasure was requested. */
    public record FindErasurePlan(UUID employeeId, LocalDate today) {
    }

    public record FindPositions(String department, String status, int page, int size) {
    }

    public record GetHeadcount(LocalDate asOf) {
    }

    public record GetHeadcountTrend(YearMonth from, YearMonth to) {
    }
}
