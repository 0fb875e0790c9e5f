package org.backoffice.command.it.telephony;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.it.telephony.TelephonyCommands.CreateNumberBlockCommand;
import org.backoffice.events.it.NumberBlockCreatedEvent;
import org.backoffice.events.it.NumberBlockKind;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A block of consecutive numbers: a carrier's direct-dial range or the phone system's
 * extensions. Blocks never overlap (the directory's exclusion constraint holds it against
 * concurrent requests), so each number belongs to one block.
 */
@Revision("1")
@Aggregate
public class NumberBlock {

    public static final int MAX_SIZE = 10_000;

    @AggregateIdentifier
    private UUID blockId;
    private String name;
    private NumberBlockKind kind;
    private String first;
    private int size;

    protected NumberBlock() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreateNumberBlockCommand c, TelephonyDirectory directory) {
        if (blockId != null) {
            if (!name.equals(c.name()) || kind != c.kind() || !first.equals(c.first()) || size != c.size()) {
                throw conflict("number block " + c.blockId() + " already exists with different details");
            }
            return;
        }
        long from = NumberPlan.value(c.first());
        long to = from + c.size() - 1;
        String last = NumberPlan.of(c.kind(), to);
        if (last.length() != c.first().length()) {
            throw ruleViolated("size", "a block of " + c.size() + " from " + c.first() + " would run into numbers of another length ("
                    + last + ")");
        }
        if (c.kind() == NumberBlockKind.EXTERNAL) {
            NumberPlan.external("size", last, null); // the last number must be a valid number too
        }
        directory.overlapping(from, to, c.blockId()).ifPresent(other -> {
            throw conflict("first", c.first() + " to " + last + " overlaps the block \"" + other.name() + "\" ("
                    + NumberPlan.of(other.kind(), other.first()) + " to " + NumberPlan.of(other.kind(), other.last()) + ")");
        });
        apply(new NumberBlockCreatedEvent(c.blockId(), c.name(), c.kind(), c.first(), last, c.size()));
    }

    @EventSourcingHandler
    void on(NumberBlockCreatedEvent e) {
        blockId = e.blockId();
        name = e.name();
        kind = e.kind();
        first = e.first();
        size = e.size();
    }
}
