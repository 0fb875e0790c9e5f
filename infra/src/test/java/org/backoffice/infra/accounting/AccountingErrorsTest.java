package org.backoffice.infra.accounting;

import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error answer of docs/api.md: problem+json, the right status, and nothing stored. */
class AccountingErrorsTest extends ApiTest {

    private Ledger ledger;
    private String bank;
    private String revenue;
    private String customer;

    @BeforeEach
    void accounts() {
        ledger = new Ledger(api);
        bank = ledger.openBank(unique("1000"), "0");
        revenue = ledger.open(unique("4000"), "REVENUE", null);
        customer = ledger.open(unique("1200"), "ASSET", "CUSTOMER");
    }

    private void assertRefused(Api.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("title").asText()).isNotBlank();
        assertThat(r.json().path("detail").asText()).isNotBlank();
        assertThat(r.json().path("type").asText()).isNotBlank();
        assertThat(storedBy(r)).as("nothing stored").isZero();
    }

    private Api.Response postTransaction(String body) {
        return api.post("accounting", "/api/v1/transactions", body);
    }

    private String tx(String amountJson) {
        return "{\"kind\": \"CUSTOMER_INVOICE\", \"debitAccountId\": \"" + customer + "\", \"creditAccountId\": \""
                + revenue + "\", \"amount\": " + amountJson + ", \"reference\": \"x\"}";
    }

    @ParameterizedTest(name = "amount {0} is refused with 400")
    @ValueSource(strings = {
            "{\"amount\": \"0\", \"currency\": \"EUR\"}",
            "{\"amount\": \"-5.00\", \"currency\": \"EUR\"}",
            "{\"amount\": \"1.005\", \"currency\": \"EUR\"}",
            "{\"amount\": \"ten\", \"currency\": \"EUR\"}",
            "{\"amount\": \"1.00\", \"currency\": \"EURO\"}",
            "{\"amount\": \"1.00\"}",
            "\"12.00\"",
            "{\"amount\": \"1e400000\", \"currency\": \"EUR\"}",
    })
    void invalidAmountsAreRefused(String amount) {
        assertRefused(postTransaction(tx(amount)), 400);
    }

    /**
     * An amount is a decimal string, never a JSON number: a number could have passed through a
     * client's binary float already (1000.1 is not 1000.10), and the OpenAPI description says string.
     */
    @ParameterizedTest(name = "amount {0} as a JSON number is refused with 400 naming the field")
    @ValueSource(strings = {"12.5", "12", "1.2e1", "0.1"})
    void anAmountAsAJsonNumberIsRefusedNamingTheField(String number) {
        Api.Response r = postTransaction(tx("{\"amount\": " + number + ", \"currency\": \"EUR\"}"));
        assertRefused(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("amount.amount");
        assertThat(r.json().path("errors").get(0).path("message").asText()).contains("decimal string");

        Api.Response limit = api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + unique("1000")
                + "\", \"name\": \"Bank\", \"type\": \"ASSET\", \"currency\": \"EUR\", "
                + "\"overdraftLimit\": {\"amount\": " + number + ", \"currency\": \"EUR\"}}");
        assertRefused(limit, 400);
        assertThat(limit.json().path("errors").get(0).path("field").asText()).isEqualTo("overdraftLimit.amount");
    }

    @ParameterizedTest(name = "amount \"{0}\" is not a plain decimal string and is refused with 400")
    @ValueSource(strings = {"1e3", "+5.00", " 5.00", "5.", ".5", "0x10"})
    void anAmountIsAPlainDecimalString(String text) {
        Api.Response r = postTransaction(tx("{\"amount\": \"" + text + "\", \"currency\": \"EUR\"}"));
        assertRefused(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("amount.amount");
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefused(postTransaction("{\"kind\": \"TRANSFER\", "), 400);
        assertRefused(api.post("accounting", "/api/v1/accounts", "not json"), 400);
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertRefused(api.post("accounting", "/api/v1/accounts", ""), 400);
    }

    @Test
    void anUnknownEnumValueIsRefusedNamingTheField() {
        Api.Response r = postTransaction(tx("{\"amount\": \"1.00\", \"currency\": \"EUR\"}").replace("CUSTOMER_INVOICE", "GIFT"));
        assertRefused(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("kind");
    }

    @Test
    void missingRequiredFieldsAreListed() {
        Api.Response r = api.post("accounting", "/api/v1/accounts", "{\"name\": \"x\"}");
        assertRefused(r, 400);
        assertThat(r.json().path("errors").findValuesAsText("field")).contains("number", "type", "currency");
    }

    @Test
    void unknownFieldsAreRefused() {
        Api.Response r = api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + unique("9")
                + "\", \"name\": \"x\", \"type\": \"ASSET\", \"currency\": \"EUR\", \"balance\": \"1000000\"}");
        assertRefused(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("balance");
    }

    @Test
    void wrongJsonTypesAreRefused() {
        assertRefused(api.post("accounting", "/api/v1/accounts", "{\"number\": [1], \"name\": \"x\", \"type\": \"ASSET\", \"currency\": \"EUR\"}"), 400);
        assertRefused(postTransaction(tx("{\"amount\": \"1.00\", \"currency\": \"EUR\"}").replace("\"" + customer + "\"", "42")), 400);
    }

    @Test
    void aMalformedIdIsRefused() {
        assertRefused(api.post("accounting", "/api/v1/accounts/not-a-uuid/closure", null), 400);
        assertRefused(api.get("accounting", "/api/v1/accounts/not-a-uuid"), 400);
        assertRefused(postTransaction(tx("{\"amount\": \"1.00\", \"currency\": \"EUR\"}").replace(customer, "123")), 400);
    }

    @Test
    void aWrongContentTypeIsRefused() {
        Api.Response r = api.send("accounting", "accounting-pw", "POST", "/api/v1/accounts", "number=1", "text/plain");
        assertRefused(r, 415);
    }

    @Test
    void unknownIdsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        assertRefused(api.get("accounting", "/api/v1/accounts/" + unknown), 404);
        assertRefused(api.get("accounting", "/api/v1/accounts/" + unknown + "/entries"), 404);
        assertRefused(api.get("accounting", "/api/v1/transactions/" + unknown), 404);
        assertRefused(api.post("accounting", "/api/v1/accounts/" + unknown + "/closure", null), 404);
        assertRefused(api.post("accounting", "/api/v1/transactions/" + unknown + "/reversal", "{\"reason\": \"x\"}"), 404);
    }

    @Test
    void aTakenAccountNumberIsAConflict() {
        String number = unique("5000");
        ledger.open(number, "EQUITY", null);
        assertRefused(api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + number
                + "\", \"name\": \"again\", \"type\": \"EQUITY\", \"currency\": \"EUR\"}"), 409);
    }

    @Test
    void closingAnAccountWithABalanceIsAConflict() {
        ledger.post("CUSTOMER_INVOICE", customer, revenue, "10.00", "x");
        assertRefused(api.post("accounting", "/api/v1/accounts/" + customer + "/closure", null), 409);
    }

    @Test
    void reversingARejectedTransactionIsAConflict() {
        String rejected = ledger.post("TRANSFER", revenue, bank, "10.00", "overdraft").text("id");
        assertRefused(api.post("accounting", "/api/v1/transactions/" + rejected + "/reversal", "{\"reason\": \"x\"}"), 409);
    }

    @Test
    void aKindThatDoesNotFitTheAccountsIsUnprocessable() {
        Api.Response r = ledger.post("CUSTOMER_PAYMENT", revenue, customer, "10.00", "x");
        assertRefused(r, 422);
        assertThat(r.json().path("detail").asText()).contains("must be an ASSET account without party");
    }

    @Test
    void aCustomerAccountOfTheWrongTypeIsUnprocessable() {
        assertRefused(api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + unique("1300")
                + "\", \"name\": \"x\", \"type\": \"REVENUE\", \"currency\": \"EUR\", \"party\": {\"kind\": \"CUSTOMER\", \"id\": \""
                + UUID.randomUUID() + "\", \"name\": \"ACME\"}}"), 422);
    }

    @Test
    void anOverdraftLimitInAnotherCurrencyIsRefused() {
        assertRefused(api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + unique("1000")
                + "\", \"name\": \"x\", \"type\": \"ASSET\", \"currency\": \"EUR\", \"overdraftLimit\": {\"amount\": \"5\", \"currency\": \"USD\"}}"), 400);
    }

    @Test
    void badPagingAndFilterParametersAreRefused() {
        assertRefused(api.get("reporting", "/api/v1/accounts?size=501"), 400);
        assertRefused(api.get("reporting", "/api/v1/accounts?page=-1"), 400);
        assertRefused(api.get("reporting", "/api/v1/accounts?type=CASH"), 400);
        assertRefused(api.get("reporting", "/api/v1/accounts?size=abc"), 400);
        assertRefused(api.get("accounting", "/api/v1/accounts/" + bank + "/entries?from=yesterday"), 400);
    }

    @Test
    void aMalformedAsOfIsRefused() {
        Api.Response r = api.get("reporting", "/api/v1/reports/balances?asOf=last-tuesday");
        assertRefused(r, 400);
        assertThat(r.json().path("detail").asText()).contains("asOf must be");
    }

    @Test
    void noCredentialsOrAWrongPasswordAreUnauthenticated() {
        assertRefused(api.send(null, null, "GET", "/api/v1/accounts", null, null), 401);
        assertRefused(api.send("accounting", "wrong", "POST", "/api/v1/accounts",
                "{\"number\": \"x\", \"name\": \"x\", \"type\": \"ASSET\", \"currency\": \"EUR\"}", "application/json"), 401);
    }

    @Test
    void aRoleThatMayNotPostIsForbidden() {
        assertRefused(api.post("reporting", "/api/v1/transactions", tx("{\"amount\": \"1.00\", \"currency\": \"EUR\"}")), 403);
    }
}
