package org.backoffice.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.backoffice.infra.persistence.BackofficeDataDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
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

import static org.backoffice.infra.security.Role.ACCOUNTING;
import static org.backoffice.infra.security.Role.ADMIN;
import static org.backoffice.infra.security.Role.AUDITOR;
import static org.backoffice.infra.security.Role.HR;
import static org.backoffice.infra.security.Role.IT;
import static org.backoffice.infra.security.Role.REPORTING;

/**
 * Who may do what (docs/api.md): each department's staff issue their department's commands and read
 * its data; REPORTING reads reports and read models; AUDITOR reads everything and the audit
 * endpoints but issues no business command; ADMIN may do everything. Anything not listed is
 * refused. Failures answer problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * Passwords are checked by their encoding ({bcrypt} in production) once, then remembered for
     * backoffice.security.credential-cache-ttl (VerifiedCredentialsCache). No password is ever
     * re-encoded behind the operator's back.
     */
    @Bean
    AuthenticationProvider authenticationProvider(SecurityUsersProperties properties, BackofficeDataDirectory dataDirectory,
                                                  @Value("${backoffice.security.credential-cache-ttl:PT5M}") Duration ttl) {
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
     * tokens on every form, sign-out. Each page and action carries the role rule of the API
     * operation it performs (the pages call the same controllers), so a hidden button is not the
     * only guard: a reporting user who posts a form anyway is refused here.
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
                        .requestMatchers("/", "/ui", "/ui/forbidden").authenticated()

                        .requestMatchers(HttpMethod.POST, "/ui/accounts", "/ui/accounts/**", "/ui/transactions",
                                "/ui/transactions/**", "/ui/standing-orders", "/ui/standing-orders/**", "/ui/payroll")
                        .hasAnyRole(roles(ACCOUNTING, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/ui/accounts", "/ui/accounts/**", "/ui/transactions/**",
                                "/ui/standing-orders", "/ui/payroll")
                        .hasAnyRole(roles(ACCOUNTING, REPORTING, AUDITOR, ADMIN))

                        .requestMatchers(HttpMethod.POST, "/ui/employees/*/erasure").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/ui/employees", "/ui/employees/**", "/ui/positions",
                                "/ui/positions/**", "/ui/conflicts", "/ui/conflicts/**", "/ui/applicants/**")
                        .hasAnyRole(roles(HR, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/ui/employees", "/ui/employees/**")
                        .hasAnyRole(roles(HR, ACCOUNTING, IT, REPORTING, AUDITOR, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/ui/positions", "/ui/positions/**")
                        .hasAnyRole(roles(HR, REPORTING, AUDITOR, ADMIN))

                        .requestMatchers(HttpMethod.POST, "/ui/assets", "/ui/assets/**").hasAnyRole(roles(IT, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/ui/assets", "/ui/assets/**")
                        .hasAnyRole(roles(IT, REPORTING, AUDITOR, ADMIN))

                        .requestMatchers("/ui/audit", "/ui/audit/**").hasAnyRole(roles(AUDITOR, ADMIN))
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
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

                        // Accounting
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/accounts/**",
                                "/api/v1/transactions", "/api/v1/transactions/**",
                                "/api/v1/payroll-runs", "/api/v1/payroll-runs/**",
                                "/api/v1/standing-orders", "/api/v1/standing-orders/**")
                        .hasAnyRole(roles(ACCOUNTING, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/api/v1/accounts", "/api/v1/accounts/**",
                                "/api/v1/transactions/**", "/api/v1/payroll-runs/**", "/api/v1/standing-orders",
                                "/api/v1/reports/trial-balance", "/api/v1/reports/balances")
                        .hasAnyRole(roles(ACCOUNTING, REPORTING, AUDITOR, ADMIN))

                        // HR: erasure of personal data is ADMIN's alone.
                        .requestMatchers(HttpMethod.POST, "/api/v1/employees/*/erasure").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/positions", "/api/v1/positions/**",
                                "/api/v1/employees", "/api/v1/employees/**",
                                "/api/v1/conflicts", "/api/v1/conflicts/**", "/api/v1/applicants/**")
                        .hasAnyRole(roles(HR, ADMIN))
                        // IT
                        .requestMatchers(HttpMethod.POST, "/api/v1/assets", "/api/v1/assets/**")
                        .hasAnyRole(roles(IT, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/api/v1/assets", "/api/v1/assets/**",
                                "/api/v1/employees/*/assets", "/api/v1/reports/inventory")
                        .hasAnyRole(roles(IT, REPORTING, AUDITOR, ADMIN))

                        // Employees: what each role sees of them is narrowed by the controller.
                        .requestMatchers(HttpMethod.GET, "/api/v1/employees", "/api/v1/employees/**")
                        .hasAnyRole(roles(HR, ACCOUNTING, IT, REPORTING, AUDITOR, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/api/v1/positions", "/api/v1/positions/**",
                                "/api/v1/reports/headcount", "/api/v1/reports/headcount/**")
                        .hasAnyRole(roles(HR, REPORTING, AUDITOR, ADMIN))

                        // Audit
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(roles(AUDITOR, ADMIN))

                        .anyRequest().denyAll());
        return http.build();
    }

    static String[] roles(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper mapper,
                              HttpStatus status, String type, String title, String detail) throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        try {
            p.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // left out rather than answered wrong
        }
        p.setType(URI.create("https://backoffice.example/problems/" + type));
        p.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), p);
    }
}
