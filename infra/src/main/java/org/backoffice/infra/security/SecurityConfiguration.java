package org.backoffice.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.backoffice.infra.persistence.BackofficeDataDirectory;
import org.backoffice.infra.web.ProblemHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import static org.backoffice.infra.security.Role.ADMIN;

/**
 * Authentication for the API (HTTP Basic) and the pages (a sign-in form), and where the rules of
 * who may do what come from: each operation states its own ({@code @PreAuthorize} with a named
 * rule from the sides' {@code Allowed}; docs/api.md lists them). The API checks that rule before
 * it reads a request (OperationRules); method security checks it again on every call of the
 * operation, which is how a page that performs or reads through an operation follows the same
 * rule. An operation without a rule, and anything else not listed here, is refused. Failures
 * answer problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * Passwords are checked by their encoding ({bcrypt} in production) once, then remembered for
     * backoffice.security.credential-cache-ttl (VerifiedCredentialsCache). No password is ever
     * re-encoded behind the operator's back.
     */
    @Bean
    AuthenticationProvider authenticationProvider(SecurityUsersProperties properties, BackofficeDataDirectory dataDirectory) {
        Duration ttl = properties.getCredentialCacheTtl();
        UserDetailsService users = new InMemoryUserDetailsManager(UserDirectory.users(properties, dataDirectory));
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
        check.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        if (ttl.isZero()) {
            return check;
        }
        return new VerifiedCredentialsCache(check, ttl, 10_000);
    }

    /**
     * No Micrometer observations around every security filter, authentication and authorization:
     * measured with JFR at 16 clients, wrapping each of the chain's filters in an observation and
     * registering its meters was several percent of the application's CPU per request, for
     * metrics nobody reads. Requests are still timed as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The web pages: the same users and roles, signed in with a form (a session cookie), CSRF
     * tokens on every form, sign-out. A page performs and reads through the API's operations, so
     * their rules are its rules: a hidden button is not the only guard, a reporting user who
     * posts a form anyway is refused by the operation (403 page, nothing stored).
     */
    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/ui", "/ui/**", "/login", "/logout", "/webjars/**", "/favicon.ico")
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/ui", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .exceptionHandling(ex -> ex.accessDeniedPage("/ui/forbidden"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/webjars/**", "/favicon.ico", "/login", "/ui/backoffice.css").permitAll()
                        // A page reads and acts through the API's operations, whose rules (stated on
                        // each operation, checked on every call) apply to it as they do to the API.
                        .requestMatchers("/", "/ui", "/ui/**").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper objectMapper, OperationRules operationRules) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"backoffice\"");
                    write(request, response, objectMapper, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated",
                            "sign in with HTTP Basic: a configured user name and password");
                }))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"backoffice\"");
                            write(request, response, objectMapper, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Not authenticated", "sign in with HTTP Basic: a configured user name and password");
                        })
                        .accessDeniedHandler((request, response, e) -> write(request, response, objectMapper, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", "your role may not " + request.getMethod() + " "
                                        + request.getRequestURI())))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())

                        // Every operation: the rule stated on it (OperationRules).
                        .requestMatchers("/api/**").access(operationRules)
                        .anyRequest().denyAll());
        return http.build();
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper mapper,
                              HttpStatus status, String type, String title, String detail) throws IOException {
        ProblemDetail p = ProblemHandler.problem(status, type, title, detail);
        try {
            p.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // left out rather than answered wrong
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), p);
    }
}
