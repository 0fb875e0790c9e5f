package org.backoffice.benchmark;

import java.time.LocalDate;
import java.util.UUID;

import static org.backoffice.benchmark.Api.quote;

/**
 * The command requests the benchmark sends, as docs/api.md describes them. Every create carries a
 * client-chosen id, so the benchmark knows it without reading the answer.
 */
final class Commands {

    static final String ACCOUNTS = "/api/v1/accounts";
    static final String TRANSACTIONS = "/api/v1/transactions";
    static final String POSITIONS = "/api/v1/positions";
    static final String EMPLOYEES = "/api/v1/employees";
    static final String ASSETS = "/api/v1/assets";

    private Commands() {
    }

    static String account(UUID id, String number, String name, String type) {
        return "{\"id\": " + quote(id) + ", \"number\": " + quote(number) + ", \"name\": " + quote(name)
                + ", \"type\": " + quote(type) + ", \"currency\": \"EUR\"}";
    }

    static String transfer(UUID id, UUID debit, UUID credit, String amount, String reference) {
        return "{\"id\": " + quote(id) + ", \"kind\": \"TRANSFER\", \"debitAccountId\": " + quote(debit)
                + ", \"creditAccountId\": " + quote(credit) + ", \"amount\": {\"amount\": " + quote(amount)
                + ", \"currency\": \"EUR\"}, \"reference\": " + quote(reference) + "}";
    }

    static String position(UUID id, String title, String department) {
        return "{\"id\": " + quote(id) + ", \"title\": " + quote(title) + ", \"department\": " + quote(department) + "}";
    }

    static String hire(UUID id, UUID positionId, String department, String jobTitle, LocalDate start) {
        String tag = id.toString().substring(0, 8);
        return "{\"id\": " + quote(id) + ", \"positionId\": " + quote(positionId)
                + ", \"firstName\": \"Bench\", \"lastName\": " + quote("Worker " + tag)
                + ", \"email\": " + quote("bench." + id + "@example.com")
                + ", \"department\": " + quote(department) + ", \"jobTitle\": " + quote(jobTitle)
                + ", \"startDate\": " + quote(start)
                + ", \"monthlySalary\": {\"amount\": \"3500.00\", \"currency\": \"EUR\"}}";
    }

    static String asset(UUID id, String type, String model) {
        return "{\"id\": " + quote(id) + ", \"type\": " + quote(type) + ", \"serialNumber\": "
                + quote("BENCH-" + id) + ", \"model\": " + quote(model) + "}";
    }

    static String assignment(UUID employeeId) {
        return "{\"employeeId\": " + quote(employeeId) + "}";
    }

    static String assetReturn() {
        return "{\"note\": \"benchmark\"}";
    }

    static String assignmentPath(UUID asset) {
        return ASSETS + "/" + asset + "/assignment";
    }

    static String returnPath(UUID asset) {
        return ASSETS + "/" + asset + "/return";
    }
}
