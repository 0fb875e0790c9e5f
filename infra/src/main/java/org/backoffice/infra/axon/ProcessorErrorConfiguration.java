package org.backoffice.infra.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * An event handler that fails fails its processor's batch: nothing of the batch is committed, the
 * processor reports the error (health, replay status), and it runs the batch again with growing
 * pauses (1 s doubling to 60 s) until the handler succeeds. Axon's default for a failing handler
 * is to log it and go on with the next event, which would leave a read model silently without
 * that event, or an offboarding without its device returns, for good.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessorErrorConfiguration {

    @Autowired
    void propagateHandlerFailures(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
