package org.backoffice.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.It;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Sites, networks and addresses through REST: next free, never twice, released on retirement, as of any instant. */
class NetworkFlowTest extends ApiTest {

    /** Each test its own 10.(200+n).0.0/16: networks of the shared database never overlap. */
    private static final AtomicInteger NEXT = new AtomicInteger();
    private It it;
    private String site;
    private String base;

    @BeforeEach
    void setUp() {
        it = new It(api);
        site = created(api.post("it", "/api/v1/sites", "{\"name\": \"" + unique("Office") + "\", \"address\": \"Hauptstr. 1, Berlin\"}"));
        base = "10." + (200 + NEXT.getAndIncrement()) + ".";
    }

    private static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private String network(String prefix, String gateway) {
        return created(api.post("it", "/api/v1/networks", "{\"siteId\": \"" + site + "\", \"name\": \"" + unique("LAN")
                + "\", \"prefix\": \"" + prefix + "\", \"vlanId\": 20" + (gateway == null ? "" : ", \"gateway\": \"" + gateway + "\"") + "}"));
    }

    private Api.Response assign(String network, String address, String asset) {
        return api.post("it", "/api/v1/networks/" + network + "/addresses",
                "{\"address\": \"" + address + "\", \"assetId\": \"" + asset + "\", \"hostname\": \"host-" + address.replace('.', '-') + "\"}");
    }

    private JsonNode view(String network) {
        return api.get("reporting", "/api/v1/networks/" + network).json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> all = new java.util.ArrayList<>();
        array.forEach(n -> all.add(n.asText()));
        return all;
    }

    @Test
    void aNetworkOffersItsNextFreeAddressAndGivesEachToOneDevice() {
        String lan = network(base + "0.0/24", base + "0.1");
        String laptop = it.register("LAPTOP", "ThinkPad");
        String printer = it.register("PRINTER", "LaserJet");
        long addressesBefore = api.get("reporting", "/api/v1/reports/inventory").json().path("addresses").asLong();
        JsonNode fresh = eventually(() -> view(lan), v -> v.path("nextFree").asText().equals(base + "0.2"));
        assertThat(fresh.path("capacity").asText()).as("254 hosts less the gateway").isEqualTo("253");
        assertThat(fresh.path("free").asText()).isEqualTo("253");

        Api.Response first = assign(lan, base + "0.2", laptop);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.location()).endsWith("/api/v1/networks/" + lan + "/addresses/" + base + "0.2");
        eventually(() -> view(lan), v -> v.path("nextFree").asText().equals(base + "0.3"));

        Api.Response twice = assign(lan, base + "0.2", printer);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.text("detail")).isEqualTo(base + "0.2 is already assigned to device " + laptop);
        assertThat(storedBy(twice)).isZero();
        for (String[] refused : new String[][]{{base + "0.0", "is the network address"}, {base + "0.255", "is the broadcast address"},
                {base + "0.1", "is the network's gateway"}, {base + "1.7", "lies outside the network " + base + "0.0/24"}}) {
            Api.Response r = assign(lan, refused[0], printer);
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.text("detail")).contains(refused[1]);
            assertThat(storedBy(r)).isZero();
        }
        Api.Response malformed = assign(lan, "10.1", printer);
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.json().path("errors").get(0).path("field").asText()).isEqualTo("address");

        assertThat(assign(lan, base + "0.3", printer).status()).isEqualTo(201);
        assertThat(assign(lan, base + "0.4", printer).status()).isEqualTo(201);
        Instant whileHeld = Instant.now();
        Api.Response release = api.post("it", "/api/v1/networks/" + lan + "/addresses/" + base + "0.3/release", "{\"note\": \"moved\"}");
        assertThat(release.status()).as(release.toString()).isEqualTo(200);

        JsonNode after = eventually(() -> view(lan), v -> v.path("assigned").asInt() == 2);
        assertThat(after.path("nextFree").asText()).as("the released address is free again").isEqualTo(base + "0.3");
        assertThat(after.path("free").asText()).isEqualTo("251");
        assertThat(api.get("reporting", "/api/v1/reports/inventory").json().path("addresses").asLong()).isEqualTo(addressesBefore + 2);
        assertThat(api.get("reporting", "/api/v1/reports/inventory?asOf=" + whileHeld).json().path("addresses").asLong())
                .isEqualTo(addressesBefore + 3);
        assertThat(texts(api.get("it", "/api/v1/networks/" + lan + "/free-addresses?limit=3").json().path("addresses")))
                .containsExactly(base + "0.3", base + "0.5", base + "0.6");
        assertThat(api.get("reporting", "/api/v1/networks/" + lan + "/addresses").json().path("items").findValuesAsText("address"))
                .containsExactly(base + "0.2", base + "0.4");
        assertThat(api.get("reporting", "/api/v1/networks/" + lan + "/addresses?asOf=" + whileHeld).json().path("items")
                .findValuesAsText("address")).containsExactly(base + "0.2", base + "0.3", base + "0.4");
        assertThat(api.get("reporting", "/api/v1/assets/" + printer + "/addresses").json().path("items").findValuesAsText("address"))
                .containsExactly(base + "0.4");
        JsonNode released = api.get("it", "/api/v1/networks/" + lan + "/addresses/" + base + "0.3").json();
        assertThat(released.path("releaseCause").asText()).isEqualTo("RETURNED");
        assertThat(released.path("assetId").asText()).isEqualTo(printer);
    }

    @Test
    void aRetiredDeviceGivesBackItsAddresses() {
        String lan = network(base + "0.0/24", null);
        String sw = it.register("NETWORK_DEVICE", "Switch");
        assertThat(assign(lan, base + "0.1", sw).status()).isEqualTo(201);
        assertThat(assign(lan, base + "0.9", sw).status()).isEqualTo(201);
        assertThat(api.post("it", "/api/v1/assets/" + sw + "/retirement", "{\"reason\": \"end of life\"}").status()).isEqualTo(200);

        eventually(() -> view(lan), v -> v.path("assigned").asInt() == 0);
        JsonNode gone = api.get("it", "/api/v1/networks/" + lan + "/addresses/" + base + "0.9").json();
        assertThat(gone.path("releaseCause").asText()).isEqualTo("DEVICE_RETIRED");
        assertThat(view(lan).path("nextFree").asText()).isEqualTo(base + "0.1");
        Api.Response retired = assign(lan, base + "0.1", sw);
        assertThat(retired.status()).as(retired.toString()).isEqualTo(422);
    }

    @Test
    void networksAreWellFormedAndNeverOverlap() {
        network(base + "16.0/20", null);
        Api.Response overlap = api.post("it", "/api/v1/networks", "{\"siteId\": \"" + site + "\", \"name\": \"Guests\", \"prefix\": \""
                + base + "20.0/24\"}");
        assertThat(overlap.status()).as(overlap.toString()).isEqualTo(409);
        assertThat(overlap.text("detail")).contains("overlaps the network").contains(base + "16.0/20");
        assertThat(storedBy(overlap)).isZero();

        Api.Response sameVlan = api.post("it", "/api/v1/networks", "{\"siteId\": \"" + site + "\", \"name\": \"Guests\", \"prefix\": \""
                + base + "80.0/24\", \"vlanId\": 20}");
        assertThat(sameVlan.status()).as("the first network of this site has VLAN 20").isEqualTo(409);
        assertThat(sameVlan.text("detail")).contains("VLAN 20 is already the network");

        Api.Response hostBits = api.post("it", "/api/v1/networks", "{\"siteId\": \"" + site + "\", \"name\": \"X\", \"prefix\": \""
                + base + "40.7/24\"}");
        assertThat(hostBits.status()).isEqualTo(400);
        assertThat(hostBits.text("detail")).contains("the network is " + base + "40.0/24");
        Api.Response garbage = api.post("it", "/api/v1/networks", "{\"siteId\": \"" + site + "\", \"name\": \"X\", \"prefix\": \"lan\"}");
        assertThat(garbage.status()).isEqualTo(400);
        Api.Response noSite = api.post("it", "/api/v1/networks", "{\"siteId\": \"" + java.util.UUID.randomUUID()
                + "\", \"name\": \"X\", \"prefix\": \"" + base + "64.0/24\"}");
        assertThat(noSite.status()).as(noSite.toString()).isEqualTo(422);
        Api.Response vlan = api.post("it", "/api/v1/networks", "{\"siteId\": \"" + site + "\", \"name\": \"X\", \"prefix\": \""
                + base + "64.0/24\", \"vlanId\": 4095}");
        assertThat(vlan.status()).isEqualTo(400);
        Api.Response sameSite = api.post("it", "/api/v1/sites", "{\"name\": \""
                + api.get("it", "/api/v1/sites?size=500").json().path("items").get(0).path("name").asText().toUpperCase() + "\"}");
        assertThat(sameSite.status()).as(sameSite.toString()).isEqualTo(409);

        String v6 = created(api.post("it", "/api/v1/networks", "{\"siteId\": \"" + site + "\", \"name\": \"IPv6\", \"prefix\": \"2001:db8:"
                + Integer.toHexString(0x100 + NEXT.getAndIncrement()) + "::/64\", \"vlanId\": 60}"));
        JsonNode six = eventually(() -> view(v6), v -> !v.path("nextFree").isMissingNode() && !v.path("nextFree").isNull());
        assertThat(six.path("capacity").asText()).as("2^64 less the subnet-router address").isEqualTo("18446744073709551615");
        assertThat(six.path("nextFree").asText()).endsWith("::1");
    }
}
