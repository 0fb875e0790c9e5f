package org.backoffice.command.common;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A command run on the thread of its own still carries the correlation data of the processor that sent it. */
class OwnTransactionsTest {

    @Test
    void theCommandsThreadInheritsTheSendersCorrelationDataAndKeepsItNoLonger() {
        OwnTransactions own = new OwnTransactions("test-own-transactions");
        var event = GenericEventMessage.asEventMessage("statement imported").andMetaData(MetaData.with("user", "accounting"));
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(event);
        AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
        try {
            uow.registerCorrelationDataProvider(message -> Map.of("user", message.getMetaData().get("user"),
                    "causationId", message.getIdentifier()));
            assertThat(own.run(() -> {
                seen.set(Map.copyOf(InheritedCorrelation.current()));
                return null;
            })).isEmpty();
        } finally {
            uow.rollback();
        }
        assertThat(seen.get()).containsEntry("user", "accounting").containsEntry("causationId", event.getIdentifier());
        assertThat(own.call(InheritedCorrelation::current)).as("outside a unit of work: nothing").isEmpty();
    }
}
