package org.backoffice.infra.support;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** HR steps through the REST API as the HR user. */
public final class Hr {

    private final Api api;

    public Hr(Api api) {
        this.api = api;
    }

    public static String hireBody(String id, String positionId, String first, String last, String email, String department,
                                  LocalDate start, String salary, String managerId) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ")
                + (positionId == null ? "" : "\"positionId\": \"" + positionId + "\", ")
                + (managerId == null ? "" : "\"managerId\": \"" + managerId + "\", ")
                + "\"firstName\": \"" + first + "\", \"lastName\": \"" + last + "\", \"email\": \"" + email
                + "\", \"department\": \"" + department + "\", \"jobTitle\": \"Clerk\", \"startDate\": \"" + start
                + "\", \"monthlySalary\": {\"amount\": \"" + salary + "\", \"currency\": \"EUR\"}}";
    }

    public String hire(String first, String last, String department, LocalDate start, String salary) {
        Api.Response r = api.post("hr", "/api/v1/employees", hireBody(null, null, first, last,
                first.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com", department,
                start, salary, null));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    public String openPosition(String title, String department) {
        Api.Response r = api.post("hr", "/api/v1/positions", "{\"title\": \"" + title + "\", \"department\": \""
                + department + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    public void terminate(String employee, LocalDate lastDay) {
        Api.Response r = api.post("hr", "/api/v1/employees/" + employee + "/termination",
                "{\"effectiveDate\": \"" + lastDay + "\", \"reason\": \"leaving\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
