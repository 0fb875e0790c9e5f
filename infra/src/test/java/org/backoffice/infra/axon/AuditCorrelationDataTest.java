package org.backoffice.infra.axon;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a message produced while handling another inherits: user, correlation id, and the cause.
 * Read models produce nothing, so their units of work are answered with nothing (without decoding
 * the event's metadata); everywhere else, events included, the chain is kept.
 */
class AuditCorrelationDataTest {

    private static final MetaData ALICE = MetaData.with("user", "alice").and("correlationId", "request-1");

    @Test
    void aCommandPassesItsUserAndCorrelationOnAndNamesItselfTheCause() {
        GenericCommandMessage<String> command = new GenericCommandMessage<>("post", ALICE);
        Map<String, Object> data = dataFor(command);
        assertThat(data).containsEntry("user", "alice").containsEntry("correlationId", "request-1")
                .containsEntry("causationId", command.getIdentifier());
    }

    @Test
    void aCommandSentBecauseOfAnEventNamesThatEventUpstreamOfWhatItProduces() {
        GenericCommandMessage<String> command = new GenericCommandMessage<>("settle",
                ALICE.and("causationId", "the-event-a-processor-handled"));
        Map<String, Object> data = dataFor(command);
        assertThat(data).containsEntry("causationId", command.getIdentifier())
                .containsEntry("upstreamId", "the-event-a-processor-handled")
                .containsEntry("command", "String");
        assertThat(dataFor(new GenericCommandMessage<>("post", ALICE))).as("a user's request: the start of its chain")
                .doesNotContainKey("upstreamId");
    }

    @Test
    void anEventHandledOutsideReadModelsPassesItsDataOn() {
        EventMessage<String> event = GenericEventMessage.<String>asEventMessage("run started").andMetaData(ALICE);
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(event);
        try {
            assertThat(dataFor(event))
                    .containsEntry("user", "alice").containsEntry("causationId", event.getIdentifier());
        } finally {
            uow.rollback();
        }
    }

    @Test
    void aReadModelsUnitOfWorkGetsNothing() {
        EventMessage<String> event = GenericEventMessage.<String>asEventMessage("posted").andMetaData(ALICE);
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(event);
        try {
            uow.resources().put(AuditMetadataConfiguration.READ_MODEL_RESOURCE, Boolean.TRUE);
            assertThat(dataFor(event)).isEmpty();
        } finally {
            uow.rollback();
        }
    }

    @Test
    void aDeadlineKeepsItsChainEvenThere() {
        GenericDeadlineMessage<String> deadline = new GenericDeadlineMessage<>("offboard", "payload", ALICE);
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(deadline);
        try {
            uow.resources().put(AuditMetadataConfiguration.READ_MODEL_RESOURCE, Boolean.TRUE);
            assertThat(dataFor(deadline)).containsEntry("user", "alice");
        } finally {
            uow.rollback();
        }
    }

    private static Map<String, Object> dataFor(Message<?> cause) {
        return new HashMap<>(AuditMetadataConfiguration.correlationDataFor(cause));
    }
}
