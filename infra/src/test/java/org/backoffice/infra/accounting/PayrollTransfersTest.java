package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.Camt;
import org.backoffice.infra.support.Camt.Tx;
import org.backoffice.infra.support.Ibans;
import org.backoffice.infra.support.Iso20022Schemas;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Salaries on the same path as supplier payments (an application of its own on a fresh database,
 * books from SKR03): the payroll holds the pay on money in transit, its SEPA file pays each
 * employee's IBAN, and the bank statement's debit of the batch clears transit, so the bank's
 * ledger balance is what the bank says.
 */
class PayrollTransfersTest {

    private static ConfigurableApplicationContext app;
    private static Api api;
    private static final Map<String, String> accounts = new HashMap<>();

    @BeforeAll
    static void start() {
        app = TestDatabase.startApplication(TestDatabase.freshDatabase("backoffice_payroll_transfers"));
        api = TestDatabase.api(app);
        assertThat(api.post("accounting", "/api/v1/chart-of-accounts", "{\"template\": \"SKR03\"}").status()).isEqualTo(201);
        for (String number : new String[] {"0800", "1200", "1360", "4100", "1600", "4930"}) {
            accounts.put(number, await().atMost(Duration.ofSeconds(10)).until(() -> api.get("accounting",
                    "/api/v1/accounts?number=" + number).json().path("items").path(0).path("id").asText(""), id -> !id.isEmpty()));
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static String hire(String first, String salary) {
        String id = UUID.randomUUID().toString();
        Api.Response r = api.post("hr", "/api/v1/employees", "{\"id\": \"" + id + "\", \"firstName\": \"" + first
                + "\", \"lastName\": \"Müller\", \"email\": \"" + first.toLowerCase() + "@example.com\", \"department\": "
                + "\"Sales\", \"jobTitle\": \"Clerk\", \"startDate\": \"2026-11-01\", \"monthlySalary\": {\"amount\": \""
                + salary + "\", \"currency\": \"EUR\"}}");
        assertThat(r.status()).as(r.toString()).isIn(201, 202);
        return id;
    }

    @Test
    void thePayrollsFilePaysEachEmployeesIbanAndTheStatementClearsTransit() {
        String bankIban = Ibans.fresh();
        assertThat(api.post("accounting", "/api/v1/accounts/" + accounts.get("1200") + "/bank-details",
                "{\"iban\": \"" + bankIban + "\", \"bic\": \"COBADEFFXXX\"}").status()).isEqualTo(200);
        Api.Response capital = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"EB-1\", "
                + "\"bookingDate\": \"2026-10-31\", \"text\": \"Stammkapital\", \"legs\": [{\"accountId\": \"" + accounts.get("1200")
                + "\", \"side\": \"DEBIT\", \"amount\": {\"amount\": \"10000.00\", \"currency\": \"EUR\"}}, {\"accountId\": \""
                + accounts.get("0800") + "\", \"side\": \"CREDIT\", \"amount\": {\"amount\": \"10000.00\", \"currency\": \"EUR\"}}]}");
        assertThat(capital.status()).as(capital.toString()).isEqualTo(201);
        String anna = hire("Anna", "3000.00");
        String ben = hire("Ben", "2500.50");
        String annaIban = Ibans.fresh();
        String benIban = Ibans.fresh();
        assertThat(api.post("hr", "/api/v1/employees/" + anna + "/bank-details", "{\"iban\": \"" + annaIban + "\"}").status())
                .isEqualTo(200);
        Api.Response run = api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2026-11\", \"bankAccountId\": \""
                + accounts.get("1200") + "\", \"salaryExpenseAccountId\": \"" + accounts.get("4100")
                + "\", \"transitAccountId\": \"" + accounts.get("1360") + "\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("accounting", "/api/v1/payroll-runs/2026-11").json()
                .path("status").asText(), "COMPLETED"::equals);
        await().atMost(Duration.ofSeconds(10)).until(() -> balance("1360"), "-5500.50"::equals);
        assertThat(balance("1200")).as("the bank is untouched until the statement").isEqualTo("10000.00");

        Api.Response missing = api.get("accounting", "/api/v1/payroll-runs/2026-11/file", "application/xml");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(409);
        assertThat(missing.body()).contains(ben);
        assertThat(api.post("hr", "/api/v1/employees/" + ben + "/bank-details", "{\"iban\": \"" + benIban + "\"}").status())
                .isEqualTo(200);
        Api.Response file = await().atMost(Duration.ofSeconds(10)).until(() -> api.get("accounting",
                "/api/v1/payroll-runs/2026-11/file", "application/xml"), r -> r.status() == 200);
        String xml = file.body();
        assertThat(Iso20022Schemas.errors("pain.001.001.09", xml)).as(xml).isEmpty();
        assertThat(xml).contains("<NbOfTxs>2</NbOfTxs>").contains("<CtrlSum>5500.50</CtrlSum>")
                .contains("<IBAN>" + annaIban + "</IBAN>").contains("<IBAN>" + benIban + "</IBAN>")
                .contains("<IBAN>" + bankIban + "</IBAN>").contains("<Nm>Anna Mueller</Nm>");
        assertThat(api.get("reporting", "/api/v1/payroll-runs/2026-11/file", "application/xml").status())
                .as("an employee's pay is not for reporting").isEqualTo(403);

        JsonNode payments = api.get("accounting", "/api/v1/payroll-runs/2026-11").json().path("payments");
        String[] endToEnd = new String[2];
        String[] amounts = new String[2];
        for (int i = 0; i < 2; i++) {
            endToEnd[i] = payments.get(i).path("transactionId").asText().replace("-", "");
            amounts[i] = payments.get(i).path("amount").path("amount").asText();
            assertThat(xml).contains("<EndToEndId>" + endToEnd[i] + "</EndToEndId>");
        }
        // The bank books the file as one batch debit with a transaction per employee.
        Api.Response statement = api.send("accounting", "accounting-pw", "POST", "/api/v1/bank-statements",
                Camt.v08(bankIban).balances("10000.00", "4499.50").entry("P1", "2026-11-30", "DBIT", "5500.50", false,
                        new Tx(endToEnd[0], amounts[0], "Payee", null, "Lohn", null, null),
                        new Tx(endToEnd[1], amounts[1], "Payee", null, "Lohn", null, null)).xml(), "application/xml");
        assertThat(statement.status()).as(statement.toString()).isEqualTo(201);
        JsonNode matched = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("accounting", "/api/v1/bank-statements/"
                + statement.text("id")).json(), s -> s.path("waiting").asInt() == 0);
        assertThat(matched.path("lines").get(0).path("how").asText()).as(matched.toString()).isEqualTo("OUR_TRANSFER");
        await().atMost(Duration.ofSeconds(10)).until(() -> balance("1360"), "0.00"::equals);
        assertThat(balance("1200")).isEqualTo("4499.50");
        JsonNode recon = await().atMost(Duration.ofSeconds(10)).until(() -> api.get("reporting",
                "/api/v1/reports/bank-reconciliation?accountId=" + accounts.get("1200") + "&date=2026-11-30").json(),
                r -> r.path("agrees").asBoolean());
        assertThat(recon.path("causes")).isEmpty();
    }

    @Test
    void aPaymentRunHoldsItsPaymentsOnTheChartsGeldtransitByDefault() {
        Api.Response s = api.post("accounting", "/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": \"Default Transit\", "
                + "\"bankDetails\": {\"iban\": \"" + Ibans.fresh() + "\"}}");
        Api.Response bill = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"ER-DT-1\", "
                + "\"bookingDate\": \"2026-11-02\", \"text\": \"Papier\", \"legs\": [{\"accountId\": \"" + accounts.get("4930")
                + "\", \"side\": \"DEBIT\", \"amount\": {\"amount\": \"10.00\", \"currency\": \"EUR\"}}, {\"accountId\": \""
                + s.text("accountId") + "\", \"side\": \"CREDIT\", \"amount\": {\"amount\": \"10.00\", \"currency\": \"EUR\"}}]}");
        assertThat(bill.status()).isEqualTo(201);
        if (api.get("accounting", "/api/v1/accounts/" + accounts.get("1200")).json().path("bankDetails").isMissingNode()) {
            api.post("accounting", "/api/v1/accounts/" + accounts.get("1200") + "/bank-details", "{\"iban\": \"" + Ibans.fresh() + "\"}");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("accounting", "/api/v1/partners/" + s.text("id")
                + "/open-items?asOf=2026-12-31").json().path("items").size(), n -> n == 1);
        Api.Response run = api.post("accounting", "/api/v1/payment-runs", "{\"bankAccountId\": \"" + accounts.get("1200")
                + "\", \"dueUntil\": \"2026-12-31\", \"partnerIds\": [\"" + s.text("id") + "\"]}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> api.get("accounting", "/api/v1/payment-runs/"
                + run.text("id")), r -> r.status() == 200).json();
        assertThat(view.path("transitAccountId").asText()).as("SKR03's 1360 Geldtransit").isEqualTo(accounts.get("1360"));
    }

    private static String balance(String number) {
        return api.get("accounting", "/api/v1/accounts/" + accounts.get(number)).json().path("balance").path("amount").asText();
    }
}
