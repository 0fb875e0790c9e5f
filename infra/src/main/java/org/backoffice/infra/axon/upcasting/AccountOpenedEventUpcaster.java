package org.backoffice.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * AccountOpenedEvent revision 1 to 2: the overdraft limit, stored as a bare number in the
 * account's currency, becomes Money like every other amount. Stored events are never rewritten
 * (the store is append-only and hash-chained); they are read through this on every load, replay
 * and query, so aggregates and projections only know revision 2. The audit log still shows
 * each event as it was stored.
 */
@Component
@Order(1)
public class AccountOpenedEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(AccountOpenedEvent.class.getTypeName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(AccountOpenedEvent.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, AccountOpenedEventUpcaster::upcast);
    }

    /** The payload conversion alone (a pure function of the stored JSON). */
    public static JsonNode upcast(JsonNode payload) {
        ObjectNode event = (ObjectNode) payload.deepCopy();
        JsonNode limit = event.get("overdraftLimit");
        BigDecimal amount = limit == null || limit.isNull() ? BigDecimal.ZERO : limit.decimalValue();
        ObjectNode money = JsonNodeFactory.instance.objectNode();
        money.put("amount", amount.toPlainString());
        money.put("currency", event.path("currency").asText());
        event.set("overdraftLimit", money);
        return event;
    }
}
