package org.backoffice.infra.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule an operation states is the one applied: to requests, and to pages that ask. */
class OperationRulesTest {

    @RestController
    static class Probe {
        @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
        @PostMapping("/api/v1/probes")
        public void ruled() {
        }

        @GetMapping("/api/v1/probes/unruled")
        public void unruled() {
        }
    }

    private OperationRules rules;

    @BeforeEach
    void setUp() throws Exception {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.registerSingleton("probe", Probe.class);
        context.refresh();
        RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        rules = new OperationRules(mapping);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Authentication user(String role) {
        return new TestingAuthenticationToken("someone", "pw", "ROLE_" + role);
    }

    private boolean granted(String method, String path, String role) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return rules.check(() -> user(role), new RequestAuthorizationContext(request)).isGranted();
    }

    @Test
    void anOperationIsOpenToTheRolesItsRuleNamesAndToNoOther() {
        assertThat(granted("POST", "/api/v1/probes", "HR")).isTrue();
        assertThat(granted("POST", "/api/v1/probes", "ADMIN")).isTrue();
        assertThat(granted("POST", "/api/v1/probes", "REPORTING")).isFalse();
        assertThat(granted("POST", "/api/v1/probes", "ACCOUNTING")).isFalse();
    }

    @Test
    void anOperationWithoutARuleIsRefusedToEveryone() {
        assertThat(granted("GET", "/api/v1/probes/unruled", "ADMIN")).isFalse();
        assertThat(granted("GET", "/api/v1/probes/unruled", "HR")).isFalse();
    }

    @Test
    void aPathOrMethodOfNoOperationIsRefused() {
        assertThat(granted("GET", "/api/v1/nothing-here", "ADMIN")).isFalse();
        assertThat(granted("DELETE", "/api/v1/probes", "ADMIN")).isFalse();
    }

    @Test
    void aPageAsksTheSameRuleByTheOperationsName() {
        SecurityContextHolder.getContext().setAuthentication(user("HR"));
        assertThat(rules.allows("Probe.ruled")).isTrue();
        assertThat(rules.allows("Probe.unruled")).isFalse();
        SecurityContextHolder.getContext().setAuthentication(user("IT"));
        assertThat(rules.allows("Probe.ruled")).isFalse();
        assertThatThrownBy(() -> rules.allows("Probe.missing")).isInstanceOf(IllegalArgumentException.class);
    }
}
