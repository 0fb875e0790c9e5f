package org.backoffice.command.it.network;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.it.network.NetworkCommands.OpenSiteCommand;
import org.backoffice.events.it.SiteOpenedEvent;

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;

/** A site: an office, a warehouse, a data centre. Its name is unique, in any case. */
@Revision("1")
@Aggregate
public class Site {

    @AggregateIdentifier
    private UUID siteId;
    private String name;
    private String address;

    protected Site() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenSiteCommand c, NetworkDirectory directory) {
        if (siteId != null) {
            if (!name.equals(c.name()) || !Objects.equals(address, c.address())) {
                throw conflict("site " + c.siteId() + " already exists with different details");
            }
            return;
        }
        directory.siteNamed(c.name()).filter(other -> !other.equals(c.siteId())).ifPresent(other -> {
            throw conflict("name", "a site named \"" + c.name() + "\" already exists");
        });
        apply(new SiteOpenedEvent(c.siteId(), c.name(), c.address()));
    }

    @EventSourcingHandler
    void on(SiteOpenedEvent e) {
        siteId = e.siteId();
        name = e.name();
        address = e.address();
    }
}
