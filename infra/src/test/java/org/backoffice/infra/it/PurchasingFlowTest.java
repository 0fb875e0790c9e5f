package org.backoffice.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a request to the books: a new hire's laptop and two monitors chosen from the catalogue,
 * ordered, received with their serial numbers, registered in stock at their cost, and the
 * supplier's invoice posted by itself (the laptop as a fixed asset, the monitors below the
 * low-value threshold as expense, input tax, the gross owed to the supplier).
 */
class PurchasingFlowTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private Ledger ledger;
    private String supplier;
    private String supplierAccount;
    private String fixedAssets;
    private String lowValue;
    private String inputTax;
    private String taxCode;

    @BeforeEach
    void setUp() {
        ledger = new Ledger(api);
        Api.Response partner = api.post("accounting", "/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": \"" + unique("Bechtle")
                + "\", \"paymentTermDays\": 30}");
        assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
        supplier = partner.text("id");
        supplierAccount = partner.text("accountId");
        fixedAssets = ledger.open(unique("0690"), "ASSET", null);
        lowValue = ledger.open(unique("4855"), "EXPENSE", null);
        inputTax = ledger.open(unique("1576"), "ASSET", null);
        taxCode = "V" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        Api.Response code = api.post("accounting", "/api/v1/tax-codes", "{\"code\": \"" + taxCode + "\", \"name\": \"Vorsteuer 19 %\", "
                + "\"kind\": \"INPUT\", \"validFrom\": \"2020-01-01\", \"rate\": \"19\", \"taxAccountId\": \"" + inputTax + "\"}");
        assertThat(code.status()).as(code.toString()).isEqualTo(201);
    }

    private String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private String model(String type, String name, String price) {
        return created(api.post("it", "/api/v1/catalogue-models", "{\"type\": \"" + type + "\", \"name\": \"" + name + "\", "
                + "\"specs\": \"as sold\", \"supplierId\": \"" + supplier + "\", \"unitPrice\": {\"amount\": \"" + price
                + "\", \"currency\": \"EUR\"}, \"taxCode\": \"" + taxCode + "\"}"));
    }

    @Test
    void aNewHiresLaptopGoesFromRequestToTheBooks() {
        Api.Response byIt = api.post("it", "/api/v1/purchasing-accounts", "{\"fixedAssetAccountId\": \"" + fixedAssets
                + "\", \"lowValueAccountId\": \"" + lowValue + "\", \"depreciationAccountId\": \"" + lowValue + "\", \"disposalAccountId\": \""
                + lowValue + "\"}");
        assertThat(byIt.status()).as("accounting decides where purchases post").isEqualTo(403);
        Api.Response wrongType = api.post("accounting", "/api/v1/purchasing-accounts", "{\"fixedAssetAccountId\": \"" + lowValue
                + "\", \"lowValueAccountId\": \"" + lowValue + "\", \"depreciationAccountId\": \"" + lowValue + "\", \"disposalAccountId\": \""
                + lowValue + "\"}");
        assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(422);
        assertThat(api.post("accounting", "/api/v1/purchasing-accounts", "{\"fixedAssetAccountId\": \"" + fixedAssets
                + "\", \"lowValueAccountId\": \"" + lowValue + "\", \"depreciationAccountId\": \"" + lowValue + "\", \"disposalAccountId\": \"" + lowValue + "\"}").status()).isEqualTo(200);

        String laptop = model("LAPTOP", unique("ThinkPad T14"), "1299.00");
        String monitor = model("MONITOR", unique("Dell P2723"), "249.00");
        Api.Response notSupplier = api.post("it", "/api/v1/catalogue-models", "{\"type\": \"LAPTOP\", \"name\": \"X\", \"supplierId\": \""
                + java.util.UUID.randomUUID() + "\", \"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"taxCode\": \"" + taxCode + "\"}");
        assertThat(notSupplier.status()).isEqualTo(422);

        String grace = new Hr(api).hire("Grace", "Buyer", unique("Eng"), TODAY.plusDays(14), "5000.00");
        String request = created(api.post("it", "/api/v1/device-requests", "{\"reason\": \"NEW_HIRE\", \"type\": \"LAPTOP\", "
                + "\"employeeId\": \"" + grace + "\"}"));
        String screens = created(api.post("it", "/api/v1/device-requests", "{\"reason\": \"AD_HOC\", \"type\": \"MONITOR\", \"note\": \"two screens\"}"));
        Api.Response wrongModel = api.post("it", "/api/v1/device-requests/" + request + "/approval", "{\"modelId\": \"" + monitor + "\"}");
        assertThat(wrongModel.status()).as(wrongModel.toString()).isEqualTo(422);
        Api.Response early = api.post("it", "/api/v1/purchase-orders", "{\"lines\": [{\"modelId\": \"" + laptop + "\", \"quantity\": 1}], "
                + "\"requestIds\": [\"" + request + "\"]}");
        assertThat(early.status()).as("a request is ordered once approved").isEqualTo(422);
        assertThat(api.post("it", "/api/v1/device-requests/" + request + "/approval", "{\"modelId\": \"" + laptop + "\"}").status()).isEqualTo(200);
        assertThat(api.post("it", "/api/v1/device-requests/" + screens + "/approval", "{\"modelId\": \"" + monitor + "\"}").status()).isEqualTo(200);

        String order = created(api.post("it", "/api/v1/purchase-orders", "{\"lines\": [{\"modelId\": \"" + laptop + "\", \"quantity\": 1}, "
                + "{\"modelId\": \"" + monitor + "\", \"quantity\": 2}], \"requestIds\": [\"" + request + "\", \"" + screens + "\"]}"));
        Api.Response again = api.post("it", "/api/v1/purchase-orders", "{\"lines\": [{\"modelId\": \"" + laptop + "\", \"quantity\": 1}], "
                + "\"requestIds\": [\"" + request + "\"]}");
        assertThat(again.status()).as("a request is ordered once").isEqualTo(422);

        String serial = unique("PF").toUpperCase();
        Api.Response tooMany = receive(order, "RE-1", laptop, serial, monitor, serial + "-M1", serial + "-M2", serial + "-M3");
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.text("detail")).contains("3").contains("only 2 of 2 ordered are still open");
        Api.Response twice = receive(order, "RE-1", laptop, serial, monitor, serial, serial + "-M2");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
        assertThat(storedBy(twice)).isZero();
        Api.Response received = receive(order, "RE-2026-4711", laptop, serial, monitor, serial + "-M1", serial + "-M2");
        assertThat(received.status()).as(received.toString()).isEqualTo(202);
        assertThat(received.location()).endsWith("/api/v1/purchase-orders/" + order);
        Api.Response duplicate = api.post("it", "/api/v1/purchase-orders/" + order + "/receipts", "{\"invoiceNumber\": \"X\", "
                + "\"invoiceDate\": \"" + TODAY + "\", \"items\": [{\"modelId\": \"" + laptop + "\", \"serialNumbers\": [\"" + serial + "\"]}]}");
        assertThat(duplicate.status()).as("nothing left open, and the serial is taken").isIn(409, 422);

        JsonNode done = eventually(() -> api.get("accounting", "/api/v1/purchase-orders/" + order).json(),
                o -> !o.path("receipts").path(0).path("entryId").isMissingNode() && !o.path("receipts").path(0).path("entryId").isNull());
        assertThat(done.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(api.get("it", "/api/v1/device-requests?status=ORDERED&size=500").json().path("items").findValuesAsText("id"))
                .contains(request, screens);

        // The devices are in stock at their net cost, dated by the invoice.
        for (JsonNode d : done.path("receipts").path(0).path("devices")) {
            JsonNode asset = eventually(() -> api.get("it", "/api/v1/assets/" + d.path("assetId").asText()), r -> r.status() == 200).json();
            assertThat(asset.path("status").asText()).isEqualTo("IN_STOCK");
            assertThat(asset.path("serialNumber").asText()).isEqualTo(d.path("serialNumber").asText());
            assertThat(asset.path("purchaseCost").path("amount").asText()).isEqualTo(d.path("unitPrice").path("amount").asText());
            assertThat(asset.path("purchaseDate").asText()).isEqualTo(TODAY.toString());
        }
        // The invoice: the laptop (above 800.00 net) a fixed asset, the monitors (249.00 each) expensed, input tax, the gross owed.
        String entry = done.path("receipts").path(0).path("entryId").asText();
        JsonNode posted = eventually(() -> api.get("accounting", "/api/v1/transactions/" + entry), r -> r.status() == 200).json();
        Map<String, BigDecimal> byAccount = new HashMap<>();
        for (JsonNode leg : posted.path("legs")) {
            BigDecimal amount = new BigDecimal(leg.path("amount").path("amount").asText());
            byAccount.merge(leg.path("accountId").asText(), leg.path("side").asText().equals("DEBIT") ? amount : amount.negate(), BigDecimal::add);
        }
        assertThat(byAccount.get(fixedAssets)).isEqualByComparingTo("1299.00");
        assertThat(byAccount.get(lowValue)).isEqualByComparingTo("498.00");
        assertThat(byAccount.get(inputTax)).isEqualByComparingTo("341.43");
        assertThat(byAccount.get(supplierAccount)).isEqualByComparingTo("-2138.43");
        assertThat(posted.path("documentNumber").asText()).startsWith("ER-" + TODAY.getYear());
        JsonNode items = eventually(() -> api.get("accounting", "/api/v1/partners/" + supplier + "/open-items").json(),
                i -> i.path("items").size() == 1);
        assertThat(items.path("items").get(0).path("open").path("amount").asText()).isEqualTo("2138.43");
    }

    private Api.Response receive(String order, String invoice, String laptop, String laptopSerial, String monitor, String... monitorSerials) {
        return api.post("it", "/api/v1/purchase-orders/" + order + "/receipts", "{\"invoiceNumber\": \"" + invoice + "\", "
                + "\"invoiceDate\": \"" + TODAY + "\", \"items\": [{\"modelId\": \"" + laptop + "\", \"serialNumbers\": [\"" + laptopSerial
                + "\"]}, {\"modelId\": \"" + monitor + "\", \"serialNumbers\": [\"" + String.join("\", \"", monitorSerials) + "\"]}]}");
    }
}
