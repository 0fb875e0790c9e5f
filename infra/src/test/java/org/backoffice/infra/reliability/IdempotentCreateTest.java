package org.backoffice.infra.reliability;

import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that timed out resends its create with the same client-chosen id: one effect. Resent
 * after the first answer and resent at the same moment, for every create of the API that takes
 * an id (accounts and transactions: AccountingFlowTest and the two-instance suite); with other
 * details under the same id it is a conflict that stores nothing.
 */
class IdempotentCreateTest extends ApiTest {

    private record Create(String user, String path, String body, String changed) {
    }

    private List<Create> creates() {
        Hr hr = new Hr(api);
        String a = hr.hire("Ada", "Conflict", "Ops", LocalDate.now().minusYears(1), "3000.00");
        String b = hr.hire("Bob", "Conflict", "Ops", LocalDate.now().minusYears(1), "3000.00");
        String position = UUID.randomUUID().toString();
        String employee = UUID.randomUUID().toString();
        String asset = UUID.randomUUID().toString();
        String conflict = UUID.randomUUID().toString();
        String positionBody = "{\"id\": \"" + position + "\", \"title\": \"Clerk\", \"department\": \"Ops\"}";
        String employeeBody = Hr.hireBody(employee, null, "Eve", "Resent", "eve." + employee + "@example.com", "Ops",
                LocalDate.now().minusMonths(1), "3100.00", null);
        String assetBody = "{\"id\": \"" + asset + "\", \"type\": \"LAPTOP\", \"serialNumber\": \"SN-" + asset
                + "\", \"model\": \"X1\"}";
        String conflictBody = "{\"id\": \"" + conflict + "\", \"employeeIds\": [\"" + a + "\", \"" + b
                + "\"], \"description\": \"parking space\"}";
        return List.of(
                new Create("hr", "/api/v1/positions", positionBody, positionBody.replace("Clerk", "Manager")),
                new Create("hr", "/api/v1/employees", employeeBody, employeeBody.replace("3100.00", "3200.00")),
                new Create("it", "/api/v1/assets", assetBody, assetBody.replace("X1", "X2")),
                new Create("hr", "/api/v1/conflicts", conflictBody, conflictBody.replace("parking space", "desk")));
    }

    @Test
    void aResentCreateAnswersTheSameAndStoresNothingNew() {
        for (Create c : creates()) {
            Api.Response first = api.post(c.user(), c.path(), c.body());
            Api.Response again = api.post(c.user(), c.path(), c.body());
            assertThat(first.status()).as(c.path() + ": " + first).isEqualTo(201);
            assertThat(again.status()).as(c.path() + " resent: " + again).isEqualTo(201);
            assertThat(again.text("id")).isEqualTo(first.text("id"));
            assertThat(storedBy(first)).as(c.path() + " first").isPositive();
            assertThat(storedBy(again)).as(c.path() + " resent").isZero();
            Api.Response other = api.post(c.user(), c.path(), c.changed());
            assertThat(other.status()).as(c.path() + " other details under the same id: " + other).isEqualTo(409);
            assertThat(storedBy(other)).isZero();
        }
    }

    private long storedIn(String aggregate, Api.Response response) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?", Long.class, aggregate, response.correlationId());
        return n == null ? 0 : n;
    }

    @Test
    void aCreateSentTwiceAtTheSameMomentHappensOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Create c : creates()) {
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> api.post(c.user(), c.path(), c.body())));
                }
                Api.Response one = answers.get(0).get();
                Api.Response two = answers.get(1).get();
                assertThat(List.of(one.status(), two.status())).as(c.path() + ": " + one + " / " + two).containsOnly(201);
                String id = one.text("id");
                // Only the created stream counts: a hire's checklists open later, under the same correlation id.
                long byOne = storedIn(id, one);
                long byTwo = storedIn(id, two);
                assertThat(Math.min(byOne, byTwo)).as(c.path() + ": only one of the answers stored events").isZero();
                assertThat(byOne + byTwo).as(c.path() + ": events of both answers").isPositive();
                Long streams = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                        + "and sequence_number = 0", Long.class, id);
                assertThat(streams).as(c.path() + ": created once").isEqualTo(1L);
            }
        } finally {
            pool.shutdown();
        }
    }
}
