package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ibans;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Business partners and bank details through the API on PostgreSQL. */
class PartnerFlowTest extends ApiTest {

    private static String spaced(String iban) {
        return iban.replaceAll("(.{4})", "$1 ").strip().toLowerCase();
    }

    @Test
    void aCustomerIsRegisteredWithItsReceivableAndItsIbanAsTheBankKnowsIt() {
        String iban = Ibans.fresh();
        Api.Response r = api.post("accounting", "/api/v1/partners", "{\"kind\": \"CUSTOMER\", \"name\": \"ACME GmbH\", "
                + "\"bankDetails\": {\"iban\": \"" + spaced(iban) + "\", \"bic\": \"cobadeffxxx\"}, \"paymentTermDays\": 30}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.text("id");
        JsonNode partner = eventually(() -> api.get("reporting", "/api/v1/partners/" + id), g -> g.status() == 200).json();
        assertThat(partner.path("bankDetails").path("iban").asText()).isEqualTo(iban);
        assertThat(partner.path("bankDetails").path("bic").asText()).isEqualTo("COBADEFFXXX");
        assertThat(partner.path("paymentTermDays").asInt()).isEqualTo(30);
        JsonNode account = eventually(() -> api.get("reporting", "/api/v1/accounts/" + r.text("accountId")),
                g -> g.status() == 200).json();
        assertThat(account.path("type").asText()).isEqualTo("ASSET");
        assertThat(account.path("group").asText()).isEqualTo("B.II.1");
        assertThat(account.path("party").path("id").asText()).isEqualTo(id);
        assertThat(account.path("number").asText()).matches("[1-6][0-9]{4}");
        JsonNode customers = api.get("reporting", "/api/v1/partners?kind=CUSTOMER&size=500").json();
        assertThat(customers.path("total").asLong()).isPositive();
    }

    @Test
    void aWrongIbanOrBicIsRefusedNamingTheFieldAndStoresNothing() {
        String iban = Ibans.fresh();
        String wrongCheckDigit = iban.substring(0, 2) + (iban.charAt(2) == '9' ? "0" : String.valueOf((char) (iban.charAt(2) + 1)))
                + iban.substring(3);
        for (String[] c : new String[][] {
                {"{\"kind\": \"SUPPLIER\", \"name\": \"X\", \"bankDetails\": {\"iban\": \"" + wrongCheckDigit + "\"}}", "bankDetails.iban"},
                {"{\"kind\": \"SUPPLIER\", \"name\": \"X\", \"bankDetails\": {\"iban\": \"XX00 1234\"}}", "bankDetails.iban"},
                {"{\"kind\": \"SUPPLIER\", \"name\": \"X\", \"bankDetails\": {\"iban\": \"" + iban + "\", \"bic\": \"12\"}}", "bankDetails.bic"}}) {
            Api.Response r = api.post("accounting", "/api/v1/partners", c[0]);
            assertThat(r.status()).as(c[0] + " -> " + r).isEqualTo(400);
            assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo(c[1]);
            assertThat(storedBy(r)).isZero();
        }
        Api.Response employee = api.post("accounting", "/api/v1/partners", "{\"kind\": \"EMPLOYEE\", \"name\": \"X\"}");
        assertThat(employee.status()).as(employee.toString()).isEqualTo(422);
        assertThat(api.get("reporting", "/api/v1/partners?kind=EMPLOYEE").status()).isEqualTo(400);
    }

    @Test
    void aSuppliersBankDetailsChange() {
        Api.Response r = api.post("accounting", "/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": \"Paper Co\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String iban = Ibans.fresh();
        Api.Response bad = api.post("accounting", "/api/v1/partners/" + r.text("id") + "/bank-details", "{\"iban\": \"DE00 1234\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("iban");
        assertThat(api.post("accounting", "/api/v1/partners/" + r.text("id") + "/bank-details", "{\"iban\": \"" + iban + "\"}")
                .status()).isEqualTo(200);
        eventually(() -> api.get("reporting", "/api/v1/partners/" + r.text("id")).json().path("bankDetails").path("iban").asText(),
                iban::equals);
    }

    @Test
    void aCompanyBankAccountHasItsIbanAndAnIbanBelongsToOneAccount() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1200"), "0.00");
        String other = ledger.openBank(unique("1210"), "0.00");
        String revenue = ledger.open(unique("8400"), "REVENUE", null);
        String iban = Ibans.fresh();
        assertThat(api.post("accounting", "/api/v1/accounts/" + bank + "/bank-details", "{\"iban\": \"" + iban + "\"}").status())
                .isEqualTo(200);
        eventually(() -> ledger.account(bank).path("bankDetails").path("iban").asText(), iban::equals);
        Api.Response taken = api.post("accounting", "/api/v1/accounts/" + other + "/bank-details", "{\"iban\": \"" + iban + "\"}");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.json().path("errors").get(0).path("field").asText()).isEqualTo("iban");
        Api.Response notABank = api.post("accounting", "/api/v1/accounts/" + revenue + "/bank-details", "{\"iban\": \"" + Ibans.fresh() + "\"}");
        assertThat(notABank.status()).as(notABank.toString()).isEqualTo(422);
        assertThat(storedBy(taken) + storedBy(notABank)).isZero();
    }
}
