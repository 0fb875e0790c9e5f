package org.backoffice.infra.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.backoffice.command.common.InheritedCorrelation;
import org.backoffice.infra.web.CorrelationIdFilter;
import org.backoffice.query.audit.ReplayService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who, in which request, and because of what: every command gets the authenticated user and the
 * request's correlation id when it is dispatched (never from a request body), and every message
 * produced while handling a message (events of a command, commands of a saga) inherits them and
 * names its cause in causationId. Commands are not stored, so an event also keeps what its
 * command was (command: the command's type) and what had caused that command (upstreamId: the
 * event a processor handled, or the deadline or scheduled message, that sent it; absent for a
 * user's request): the stored events alone then link each step of a chain to the one before.
 */
@Configuration(proxyBeanMethods = false)
public class AuditMetadataConfiguration {

    public static final String USER = "user";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    /** The cause of the cause: what made the command (or message) this one was produced by happen. */
    public static final String UPSTREAM_ID = "upstreamId";
    /** The type (simple name) of the command an event was produced by. */
    public static final String COMMAND = "command";
    /** The user of messages the system sends by itself (schedules, processes without a request). */
    public static final String SYSTEM_USER = "system";

    @Bean
    public static CorrelationDataProvider auditCorrelationDataProvider() {
        return AuditMetadataConfiguration::correlationDataFor;
    }

    static Map<String, ?> correlationDataFor(Message<?> cause) {
        if (cause instanceof EventMessage<?> && !(cause instanceof DeadlineMessage<?>) && inReadModel()) {
            // Nothing a read model handles produces a message, but Axon still asks, once per event,
            // for the data of the result it wraps around each handler's answer; answering would
            // decode the event's stored metadata for nothing (measured: 6% of a replay's CPU).
            return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        data.put(USER, cause.getMetaData().getOrDefault(USER, SYSTEM_USER));
        data.put(CORRELATION_ID, cause.getMetaData().getOrDefault(CORRELATION_ID, cause.getIdentifier()));
        data.put(CAUSATION_ID, cause.getIdentifier());
        Object upstream = cause.getMetaData().get(CAUSATION_ID);
        if (upstream != null) {
            data.put(UPSTREAM_ID, upstream);
        }
        if (cause instanceof org.axonframework.commandhandling.CommandMessage<?> command) {
            String name = command.getCommandName();
            data.put(COMMAND, name.substring(name.lastIndexOf('.') + 1).replace('$', '.'));
        }
        return data;
    }

    /** Set in the unit of work of every read-model processor (see correlationDataFor). */
    static final String READ_MODEL_RESOURCE = AuditMetadataConfiguration.class.getName() + ".readModel";

    private static boolean inReadModel() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().resources().containsKey(READ_MODEL_RESOURCE);
    }

    @Autowired
    void markReadModelUnitsOfWork(EventProcessingConfigurer processing) {
        for (String readModel : ReplayService.PROJECTIONS) {
            processing.registerHandlerInterceptor(readModel, configuration -> (unitOfWork, chain) -> {
                unitOfWork.resources().put(READ_MODEL_RESOURCE, Boolean.TRUE);
                return chain.proceed();
            });
        }
    }

    /**
     * Axon passes correlation data on in the units of work of commands and event processors, but
     * not in those of deadlines: without this, what a deadline's handler stores (an employee who
     * left on the day the termination took effect) had no user and no cause at all.
     */
    @Autowired
    void correlateDeadlines(DeadlineManager deadlines, List<CorrelationDataProvider> providers) {
        deadlines.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
    }

    /**
     * On the gateway, not the bus: the gateway runs it on the sender's thread (the request's, with
     * its user and correlation id), where a command of a group commit is handled on a worker's.
     */
    @Autowired
    void registerDispatchInterceptor(CommandGateway commandGateway) {
        commandGateway.registerDispatchInterceptor(messages -> (index, sent) -> {
            // A command a processor sends on a thread of its own inherits the processor's data,
            // as it would have in the processor's unit of work (OwnTransactions).
            // What the command already names (a processor that names the cause itself) stays.
            Map<String, Object> inherited = new HashMap<>(InheritedCorrelation.current());
            inherited.keySet().removeAll(sent.getMetaData().keySet());
            var command = sent.andMetaData(inherited);
            Map<String, Object> data = new HashMap<>();
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean fromRequest = auth != null && auth.isAuthenticated()
                    && !(auth instanceof AnonymousAuthenticationToken);
            if (fromRequest) {
                data.put(USER, auth.getName());
            } else if (!command.getMetaData().containsKey(USER)) {
                data.put(USER, SYSTEM_USER);
            }
            String correlationId = CorrelationIdFilter.current();
            if (correlationId != null) {
                data.put(CORRELATION_ID, correlationId);
            } else if (!command.getMetaData().containsKey(CORRELATION_ID)) {
                data.put(CORRELATION_ID, command.getIdentifier());
            }
            return command.andMetaData(data);
        });
    }
}
