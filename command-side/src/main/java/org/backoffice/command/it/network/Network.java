package org.backoffice.command.it.network;

import inet.ipaddr.IPAddress;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.it.network.NetworkCommands.DefineNetworkCommand;
import org.backoffice.events.it.NetworkDefinedEvent;

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A network (an IP prefix, optionally a VLAN and a gateway) at a site. Networks never overlap:
 * an address belongs to exactly one of them (the directory's exclusion constraint holds it
 * against concurrent definitions too).
 */
@Revision("1")
@Aggregate
public class Network {

    @AggregateIdentifier
    private UUID networkId;
    private UUID siteId;
    private String name;
    private String prefix;
    private Integer vlanId;
    private String gateway;

    protected Network() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineNetworkCommand c, NetworkDirectory directory) {
        if (networkId != null) {
            if (!siteId.equals(c.siteId()) || !name.equals(c.name()) || !prefix.equals(c.prefix())
                    || !Objects.equals(vlanId, c.vlanId()) || !Objects.equals(gateway, c.gateway())) {
                throw conflict("network " + c.networkId() + " already exists with different details");
            }
            return;
        }
        if (!directory.siteExists(c.siteId())) {
            throw ruleViolated("siteId", "site " + c.siteId() + " does not exist");
        }
        IPAddress block = IpPlan.prefix("prefix", c.prefix());
        if (c.gateway() != null) {
            IPAddress gw = IpPlan.address("gateway", c.gateway());
            String refusal = IpPlan.refusal(block, gw, null);
            if (refusal != null) {
                throw ruleViolated("gateway", "the gateway " + refusal.substring(refusal.indexOf(' ') + 1));
            }
        }
        directory.overlapping(c.prefix(), c.networkId()).ifPresent(other -> {
            throw conflict("prefix", c.prefix() + " overlaps the network \"" + other.name() + "\" (" + other.prefix() + ")");
        });
        if (c.vlanId() != null) {
            directory.withVlan(c.siteId(), c.vlanId(), c.networkId()).ifPresent(other -> {
                throw conflict("vlanId", "VLAN " + c.vlanId() + " is already the network \"" + other.name() + "\" (" + other.prefix()
                        + ") at this site");
            });
        }
        apply(new NetworkDefinedEvent(c.networkId(), c.siteId(), c.name(), c.prefix(), c.vlanId(), c.gateway(),
                IpPlan.firstUsable(block).toCanonicalString(), IpPlan.lastUsable(block).toCanonicalString()));
    }

    @EventSourcingHandler
    void on(NetworkDefinedEvent e) {
        networkId = e.networkId();
        siteId = e.siteId();
        name = e.name();
        prefix = e.prefix();
        vlanId = e.vlanId();
        gateway = e.gateway();
    }
}
