package org.backoffice.command.common;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Map;
import java.util.UUID;

/**
 * Commands of a process that goes on in steps (a payroll run's payments, a statement's matching, a
 * payment run's bookings) name the event that started the process as their cause, not the step
 * before: each step is the process' own bookkeeping, and the trail then shows every booking as
 * following from the run, the import or the approval, however many steps came before it.
 */
public final class CausedBy {

    private CausedBy() {
    }

    /** Sends the command, naming that event as its cause, and waits for its answer. */
    public static <R> R sendAndWait(CommandGateway commands, String causeEventId, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of("causationId", causeEventId)));
    }

    /** The id of an aggregate's first event: the one a process of it started from (an import, say). */
    public static String firstEventOf(EventStore events, UUID aggregateId) {
        return events.readEvents(aggregateId.toString()).asStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no events of " + aggregateId)).getIdentifier();
    }
}
