package org.backoffice.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * TransactionPostedEvent revision 1 to 2: a transaction of one debit account, one credit account
 * and one amount becomes a journal entry of two legs, the debit first; its value date is the
 * booking and the document date, its reference the text; it has no document number. Like every
 * upcaster here it is a pure function of the stored JSON, applied on every load, replay and
 * query; the stored event is never rewritten.
 */
@Component
@Order(2)
public class TransactionPostedEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(TransactionPostedEvent.class.getTypeName(), "1");
    static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(TransactionPostedEvent.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, TransactionPostedEventUpcaster::upcast);
    }

    /** The payload conversion alone. */
    public static JsonNode upcast(JsonNode stored) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode event = json.objectNode();
        event.set("transactionId", stored.get("transactionId"));
        event.set("kind", stored.get("kind"));
        event.putNull("documentNumber");
        event.set("documentDate", stored.path("valueDate").deepCopy());
        event.set("bookingDate", stored.path("valueDate").deepCopy());
        event.set("text", stored.path("reference").deepCopy());
        ArrayNode legs = event.putArray("legs");
        legs.add(leg(json, stored.get("debitAccountId"), "DEBIT", stored.get("amount")));
        legs.add(leg(json, stored.get("creditAccountId"), "CREDIT", stored.get("amount")));
        event.set("reversalOf", stored.path("reversalOf").deepCopy());
        return event;
    }

    private static ObjectNode leg(JsonNodeFactory json, JsonNode account, String side, JsonNode amount) {
        ObjectNode leg = json.objectNode();
        leg.set("accountId", account.deepCopy());
        leg.put("side", side);
        leg.set("amount", amount.deepCopy());
        leg.putNull("taxCode");
        leg.putNull("taxRole");
        return leg;
    }
}
