package org.backoffice.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SimpleSerializedObject;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.common.Money;
import org.backoffice.infra.axon.upcasting.AccountOpenedEventGroupUpcaster;
import org.backoffice.infra.axon.upcasting.AccountOpenedEventUpcaster;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored revision-1 payload (fixture) reads as revision 3: the same limit, now as Money, and no group. */
class AccountOpenedEventUpcasterTest {

    @Test
    void aBareNumberBecomesMoneyInTheAccountsCurrency() throws Exception {
        String id = UUID.randomUUID().toString();
        String stored;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/events/AccountOpenedEvent-revision-1.json")) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@ID@", id).replace("@NUMBER@", "1000");
        }
        JsonNode upcast = AccountOpenedEventGroupUpcaster.upcast(
                AccountOpenedEventUpcaster.upcast(new ObjectMapper().readTree(stored)));
        AccountOpenedEvent event = AxonStorageConfiguration.jackson().deserialize(new SimpleSerializedObject<>(
                upcast.toString().getBytes(StandardCharsets.UTF_8), byte[].class, AccountOpenedEvent.class.getName(), "3"));
        assertThat(event.accountId()).hasToString(id);
        assertThat(event.overdraftLimit()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(event.group()).isNull();
    }

    @Test
    void aMissingLimitIsZero() throws Exception {
        JsonNode upcast = AccountOpenedEventUpcaster.upcast(new ObjectMapper().readTree(
                "{\"accountId\":\"" + UUID.randomUUID() + "\",\"number\":\"4000\",\"name\":\"Sales\",\"type\":\"REVENUE\","
                        + "\"currency\":\"JPY\",\"overdraftLimit\":null,\"party\":null}"));
        assertThat(upcast.path("overdraftLimit").path("amount").asText()).isEqualTo("0");
        assertThat(upcast.path("overdraftLimit").path("currency").asText()).isEqualTo("JPY");
    }
}
