package org.backoffice.peer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's peer: an Axon Framework 4 application at its Spring Boot defaults doing the
 * transfers the benchmark sends Backoffice. Without Axon Server (application.properties) Axon
 * stores events through JPA (DomainEventEntry, Hibernate, serialized with its default serializer),
 * dispatches commands on the SimpleCommandBus in the caller's thread, loads aggregates by reading
 * their events (no cache, no snapshots) and runs the balances projection in a tracking event
 * processor with a JPA token store. Nothing of this is tuned: it is what a team gets by adding
 * axon-spring-boot-starter and spring-boot-starter-data-jpa. It has no authentication.
 */
@SpringBootApplication
public class PeerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeerApplication.class, args);
    }
}
