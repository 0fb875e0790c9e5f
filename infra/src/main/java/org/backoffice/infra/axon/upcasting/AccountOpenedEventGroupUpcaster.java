package org.backoffice.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * AccountOpenedEvent revision 2 to 3: accounts opened before account groups existed are under no
 * group (after AccountOpenedEventUpcaster has made revision 1 a revision 2).
 */
@Component
@Order(3)
public class AccountOpenedEventGroupUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_3 =
            new SimpleSerializedType(AccountOpenedEventUpcaster.REVISION_2.getName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return AccountOpenedEventUpcaster.REVISION_2.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_3, JsonNode.class, AccountOpenedEventGroupUpcaster::upcast);
    }

    public static JsonNode upcast(JsonNode payload) {
        ObjectNode event = (ObjectNode) payload.deepCopy();
        event.putNull("group");
        return event;
    }
}
