package org.backoffice.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SimpleSerializedObject;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.events.common.Money;
import org.backoffice.infra.axon.upcasting.TransactionPostedEventUpcaster;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored revision-1 payload (fixture) reads as a revision-2 entry of two legs, the debit first. */
class TransactionPostedEventUpcasterTest {

    @Test
    void aTwoAccountTransactionBecomesATwoLegEntry() throws Exception {
        UUID tx = UUID.randomUUID();
        UUID debit = UUID.randomUUID();
        UUID credit = UUID.randomUUID();
        String stored;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/events/TransactionPostedEvent-revision-1.json")) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@TX@", tx.toString())
                    .replace("@DEBIT@", debit.toString()).replace("@CREDIT@", credit.toString());
        }
        JsonNode upcast = TransactionPostedEventUpcaster.upcast(new ObjectMapper().readTree(stored));
        TransactionPostedEvent event = AxonStorageConfiguration.jackson().deserialize(new SimpleSerializedObject<>(
                upcast.toString().getBytes(StandardCharsets.UTF_8), byte[].class,
                TransactionPostedEvent.class.getName(), "2"));

        LocalDate day = LocalDate.of(2026, 11, 30);
        assertThat(event).isEqualTo(new TransactionPostedEvent(tx, TransactionKind.CUSTOMER_INVOICE, null, day, day,
                "Invoice 17", List.of(EntryLeg.debit(debit, Money.of("600.00", "EUR")),
                EntryLeg.credit(credit, Money.of("600.00", "EUR"))), null));
    }
}
