package org.backoffice.infra.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.query.common.Allowed;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.LedgerTransaction;
import org.backoffice.command.hr.employment.ConflictCase;
import org.backoffice.command.hr.employment.Employee;
import org.backoffice.command.hr.employment.Position;
import org.backoffice.command.it.asset.Asset;
import org.backoffice.command.accounting.payroll.PayrollRun;
import org.backoffice.query.audit.AuditLog;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.common.QueryParams;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An aggregate as it stood at an instant: its own class, fed its events up to that instant by
 * its own event sourcing handlers, exactly as the command side rebuilds it. Personal data is
 * opened with its owner's key or shown as erased, as in the event log.
 */
@RestController
@Tag(name = "Audit")
public class AggregateStateController {

    private static final Map<String, Class<?>> TYPES = Map.of(
            "account", Account.class, "ledgertransaction", LedgerTransaction.class, "employee", Employee.class,
            "position", Position.class, "conflictcase", ConflictCase.class, "payrollrun", PayrollRun.class,
            "asset", Asset.class);

    private final EventStore events;
    private final AuditLog log;
    private final ObjectMapper fields = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    {
        // Amounts as plain decimal strings, as everywhere in the API ("1250.00", never 1.25E+3).
        fields.configOverride(java.math.BigDecimal.class)
                .setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(
                        com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING));
    }

    private final org.axonframework.config.Configuration axon;

    public AggregateStateController(EventStore events, AuditLog log, org.axonframework.config.Configuration axon) {
        this.events = events;
        this.log = log;
        this.axon = axon;
    }

    public record AggregateState(String type, String id, Instant asOf, long version, JsonNode state) {
    }

    @GetMapping("/api/v1/audit/aggregates/{type}/{id}/state")
    @PreAuthorize(Allowed.AUDIT)
    @Operation(summary = "An aggregate's state rebuilt from its events up to an instant (default now)")
    @QueryErrors.Item
    public AggregateState state(@PathVariable String type, @PathVariable String id,
                                @RequestParam(required = false) String asOf) {
        String stored = AuditLog.storedType(type);
        Class<?> aggregateClass = TYPES.get(stored);
        if (aggregateClass == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown aggregate type '" + type + "'");
        }
        Instant at = QueryParams.instantOrDate("asOf", asOf, true);
        List<? extends DomainEventMessage<?>> upTo = events.readEvents(id).asStream()
                .filter(e -> stored.equals(e.getType() == null ? null : e.getType().toLowerCase(Locale.ROOT)))
                .filter(e -> at == null || !e.getTimestamp().isAfter(at))
                .toList();
        if (upTo.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + type + " with id " + id
                    + (at == null ? "" : " as of " + at));
        }
        return new AggregateState(type.toLowerCase(Locale.ROOT), id, at, upTo.get(upTo.size() - 1).getSequenceNumber(),
                rebuild(aggregateClass, upTo, id));
    }

    private <T> JsonNode rebuild(Class<T> type, List<? extends DomainEventMessage<?>> upTo, String id) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(constructor.newInstance(),
                    AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                            axon.parameterResolverFactory(), axon.handlerDefinition(type)), SimpleEventBus.builder().build(),
                    NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(DomainEventStream.of(upTo.stream().map(e -> (DomainEventMessage<?>) e)));
            JsonNode state = fields.valueToTree(aggregate.getAggregateRoot());
            return log.openPersonalData(state, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
