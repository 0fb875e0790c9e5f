package org.backoffice.query.hr.employment;

import org.backoffice.events.common.Money;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.EmployeeTerminatedEvent;
import org.backoffice.events.hr.EmployeeTransferredEvent;
import org.backoffice.events.hr.SealedPersonalData;
import org.backoffice.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headcount on a date comes from each employee's dated history: the department they were in on
 * that day (a transfer counts from its effective date, also one recorded later), and only while
 * employed (from the start date through the last day).
 */
class HeadcountAsOfTest {

    private static JdbcTemplate jdbc;
    private static HrProjection projection;
    private static HrQueryHandler queries;

    @BeforeAll
    static void database() {
        jdbc = ReadModelDatabase.fresh("headcount_as_of");
        projection = new HrProjection(jdbc, (subject, sealed) -> Optional.of("name"));
        queries = new HrQueryHandler(jdbc);
    }

    private static void hire(UUID id, String department, LocalDate start) {
        projection.on(new EmployeeHiredEvent(id, null, new SealedPersonalData("f", "l", "e"), department, "Job", start,
                Money.of("4000.00", "EUR"), null), 0);
    }

    private static Map<String, Long> on(LocalDate day) {
        return queries.headcount(day).byDepartment();
    }

    @Test
    void eachDayCountsWhoWasEmployedThenInTheDepartmentTheyWereInThen() {
        String sales = "Sales-" + UUID.randomUUID().toString().substring(0, 6);
        String support = "Support-" + UUID.randomUUID().toString().substring(0, 6);
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        hire(ada, sales, LocalDate.of(2026, 1, 1));
        hire(bob, sales, LocalDate.of(2026, 3, 1));
        // Recorded in June, effective in April: April counts Ada in support.
        projection.on(new EmployeeTransferredEvent(ada, support, "Lead", null, LocalDate.of(2026, 4, 1)), 1);
        projection.on(new EmployeeTerminatedEvent(bob, LocalDate.of(2026, 5, 31), "moved away"), 1);

        assertThat(on(LocalDate.of(2025, 12, 31))).doesNotContainKeys(sales, support);
        assertThat(on(LocalDate.of(2026, 2, 15))).containsEntry(sales, 1L).doesNotContainKey(support);
        assertThat(on(LocalDate.of(2026, 3, 31))).containsEntry(sales, 2L);
        assertThat(on(LocalDate.of(2026, 4, 1))).containsEntry(sales, 1L).containsEntry(support, 1L);
        assertThat(on(LocalDate.of(2026, 5, 31))).as("the last day still counts").containsEntry(sales, 1L);
        assertThat(on(LocalDate.of(2026, 6, 1))).doesNotContainKey(sales).containsEntry(support, 1L);
    }
}
