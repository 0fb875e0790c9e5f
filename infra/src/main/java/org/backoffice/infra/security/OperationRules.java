package org.backoffice.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.RequestPath;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Who may call an API operation is stated once, on the operation ({@code @PreAuthorize} with a
 * named rule from the sides' {@code Allowed}). This reads that rule for the operation a request
 * is for and decides before anything of the request is read, so a caller without the role hears
 * 403 and nothing of what is wrong with their body. An operation without a rule is refused to
 * everyone: a new operation cannot be exposed with its rule forgotten. A request that matches no
 * operation (no such path, or not with that method) is refused too; one that names an operation
 * but sends another content type is let through to be answered 415.
 */
@Component("operations")
public class OperationRules implements AuthorizationManager<RequestAuthorizationContext> {

    private final RequestMappingHandlerMapping operations;
    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();
    private volatile Map<String, HandlerMethod> byName;

    public OperationRules(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping operations) {
        this.operations = operations;
    }

    /**
     * Whether the signed-in user may perform the operation named "Controller.method" (e.g.
     * "AccountCommandController.open"): the pages ask it to show a form, a button or a section,
     * so they follow the operation's own rule instead of a copy of it. An unknown name is a
     * mistake of the page and fails loudly.
     */
    public boolean allows(String operation) {
        HandlerMethod method = operationsByName().get(operation);
        if (method == null) {
            throw new IllegalArgumentException("no operation named " + operation);
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return decide(() -> user, method).isGranted();
    }

    private AuthorizationDecision decide(Supplier<Authentication> authentication, HandlerMethod operation) {
        if (!operation.hasMethodAnnotation(PreAuthorize.class)) {
            return new AuthorizationDecision(false);
        }
        AuthorizationDecision decision = rules.check(authentication,
                new SimpleMethodInvocation(operation.getBean(), operation.getMethod()));
        return decision != null ? decision : new AuthorizationDecision(false);
    }

    private Map<String, HandlerMethod> operationsByName() {
        Map<String, HandlerMethod> names = byName;
        if (names == null) {
            names = new HashMap<>();
            for (HandlerMethod method : operations.getHandlerMethods().values()) {
                String name = method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
                if (names.put(name, method) != null) {
                    throw new IllegalStateException("two operations are named " + name);
                }
            }
            byName = names;
        }
        return names;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HandlerMethod operation;
        try {
            operation = operationOf(context.getRequest());
        } catch (HttpRequestMethodNotSupportedException noSuchOperation) {
            return new AuthorizationDecision(false); // a method the path has no operation for: refused, as ever
        } catch (Exception notThisWay) {
            return new AuthorizationDecision(true); // an operation's path and method, another body: 415 follows
        }
        return operation == null ? new AuthorizationDecision(false) : decide(authentication, operation);
    }

    private HandlerMethod operationOf(HttpServletRequest request) throws Exception {
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = operations.getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method ? method : null;
        } finally {
            ServletRequestPathUtils.setParsedRequestPath(previous, request);
        }
    }
}
