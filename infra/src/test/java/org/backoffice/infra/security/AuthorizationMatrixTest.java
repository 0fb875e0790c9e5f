package org.backoffice.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.OpenApiSamples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation the application publishes (its OpenAPI description, so a new endpoint cannot
 * be forgotten) against no credentials, a wrong password and each role. The application reads
 * each operation's rule from the operation itself (its @PreAuthorize with a named rule of the
 * sides' Allowed classes, applied by infra's OperationRules); this test holds them to the roles of
 * docs/api.md, written out below independently of that code: refused
 * callers get 401 or 403 as problem+json and store nothing; allowed ones get past security and
 * never a 5xx. An operation no rule below covers fails the test until the contract is decided.
 */
class AuthorizationMatrixTest extends ApiTest {

    private static final List<String> ROLES = List.of("accounting", "hr", "it", "reporting", "auditor", "admin");

    /** Who may call what, per docs/api.md's "Roles" and its sections. */
    static Set<String> allowed(String method, String path) {
        boolean read = method.equals("GET");
        if (path.startsWith("/api/v1/audit/")) {
            return Set.of("auditor", "admin");
        }
        if (path.matches("/api/v1/employees/\\{[^}]+}/erasure")) {
            return Set.of("admin");
        }
        if (path.equals("/api/v1/purchasing-accounts")) {
            return read ? null : Set.of("accounting", "admin");
        }
        if (path.startsWith("/api/v1/purchase-orders") || path.equals("/api/v1/catalogue-suppliers")
                || path.equals("/api/v1/fixed-assets") || path.equals("/api/v1/depreciation-runs")) {
            return read ? Set.of("it", "accounting", "reporting", "auditor", "admin") : Set.of("it", "admin");
        }
        if (path.startsWith("/api/v1/checklist") || path.matches("/api/v1/employees/\\{[^}]+}/checklists")) {
            // The departments' tasks: any department may try to complete one, the checklist then
            // refuses a task of another department (403, ChecklistFlowTest); notes are personal data.
            return read ? Set.of("hr", "accounting", "it", "auditor", "admin") : Set.of("hr", "accounting", "it", "admin");
        }
        if (path.matches("/api/v1/employees/\\{[^}]+}/holdings")) {
            return read ? Set.of("hr", "it", "reporting", "auditor", "admin") : null;
        }
        if (path.matches("/api/v1/employees/\\{[^}]+}/assets") || path.startsWith("/api/v1/assets")
                || path.equals("/api/v1/reports/inventory") || path.startsWith("/api/v1/sites") || path.startsWith("/api/v1/networks")
                || path.startsWith("/api/v1/number-blocks") || path.startsWith("/api/v1/phone-numbers")
                || path.startsWith("/api/v1/licence") || path.startsWith("/api/v1/catalogue-models")
                || path.startsWith("/api/v1/device-requests") || path.startsWith("/api/v1/maintenance")) {
            return read ? Set.of("it", "reporting", "auditor", "admin") : Set.of("it", "admin");
        }
        if (path.matches("/api/v1/fiscal-years/\\{[^}]+}/periods/\\{[^}]+}/reopen")) {
            return Set.of("admin");
        }
        if (path.matches("/api/v1/payroll-runs/\\{[^}]+}/file")) {
            return Set.of("accounting", "auditor", "admin");
        }
        if (path.startsWith("/api/v1/accounts") || path.startsWith("/api/v1/transactions")
                || path.startsWith("/api/v1/journal-entries") || path.startsWith("/api/v1/tax-codes")
                || path.equals("/api/v1/chart-of-accounts") || path.startsWith("/api/v1/partners")
                || path.startsWith("/api/v1/payroll-runs") || path.startsWith("/api/v1/standing-orders")
                || path.startsWith("/api/v1/payment-runs") || path.startsWith("/api/v1/fiscal-years") || path.startsWith("/api/v1/exports/") || path.startsWith("/api/v1/bank-statement")
                || path.equals("/api/v1/reports/bank-reconciliation")
                || path.equals("/api/v1/reports/trial-balance") || path.equals("/api/v1/reports/balance-sheet")
                || path.equals("/api/v1/reports/profit-and-loss") || path.equals("/api/v1/reports/vat-return")
                || path.equals("/api/v1/reports/balances") || path.equals("/api/v1/reports/aging")) {
            return read ? Set.of("accounting", "reporting", "auditor", "admin") : Set.of("accounting", "admin");
        }
        if (path.matches("/api/v1/employees/\\{[^}]+}/(leave-balance|erasure-plan|disciplinary-record)") || path.equals("/api/v1/leave")
                || path.equals("/api/v1/leave-calendar") || path.equals("/api/v1/sick-days")
                || (read && path.startsWith("/api/v1/conflicts"))) {
            // The HR file (absences, sick days, disciplinary records, conflict cases): HR, the auditors, the admins.
            return read ? Set.of("hr", "auditor", "admin") : null;
        }
        if (path.startsWith("/api/v1/employees")) {
            // Payroll (accounting) and device assignment (IT) need to find employees; what each
            // role sees of one (salary, personal data) is narrowed by the answer, not refused.
            return read ? Set.of("hr", "accounting", "it", "reporting", "auditor", "admin") : Set.of("hr", "admin");
        }
        if (path.startsWith("/api/v1/applicants")) {
            return read ? null : Set.of("hr", "admin");
        }
        if (path.startsWith("/api/v1/conflicts")) {
            return Set.of("hr", "admin"); // the writes; the reads are the HR file's, above
        }
        if (path.startsWith("/api/v1/positions") || path.startsWith("/api/v1/reports/headcount")) {
            return read ? Set.of("hr", "reporting", "auditor", "admin") : Set.of("hr", "admin");
        }
        return null;
    }

    @Test
    void everyOperationAgainstEveryCaller() {
        long seed = Long.getLong("backoffice.test.seed", System.nanoTime());
        System.out.println("AuthorizationMatrixTest seed " + seed + " (rerun with -Dbackoffice.test.seed=" + seed + ")");
        JsonNode doc = api.get("admin", "/v3/api-docs").json();
        OpenApiSamples samples = new OpenApiSamples(doc, new Random(seed));
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                Set<String> allowed = allowed(method, path.getKey());
                if (allowed == null) {
                    failures.add("no rule for " + method + " " + path.getKey());
                    continue;
                }
                String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                String body = schema.isMissingNode() ? null : samples.sample(schema).toString();
                String type = body == null ? null : "application/json";
                String where = method + " " + path.getKey();

                cells++;
                check(failures, where + " without credentials", api.send(null, null, method, concrete, body, type), 401);
                cells++;
                check(failures, where + " with a wrong password",
                        api.send("accounting", "not-the-password", method, concrete, body, type), 401);
                for (String role : ROLES) {
                    cells++;
                    Api.Response r = api.send(role, role + "-pw", method, concrete, body, type);
                    if (allowed.contains(role)) {
                        if (r.status() == 401 || r.status() == 403 || r.status() >= 500) {
                            failures.add(where + " as " + role + ": expected to get past security, got " + r);
                        }
                    } else {
                        check(failures, where + " as " + role, r, 403);
                    }
                }
            }
        }
        System.out.println("AuthorizationMatrixTest: " + cells + " cells, " + failures.size() + " wrong");
        assertThat(failures).as("authorization matrix").isEmpty();
    }

    private void check(List<String> failures, String where, Api.Response r, int expected) {
        if (r.status() != expected) {
            failures.add(where + ": expected " + expected + ", got " + r);
        } else if (!r.contentType().startsWith("application/problem+json")) {
            failures.add(where + ": " + expected + " is not problem+json but " + r.contentType());
        } else if (storedBy(r) > 0) {
            failures.add(where + ": refused, but stored events");
        }
    }
}
