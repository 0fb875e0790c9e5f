package org.backoffice.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCredentialsCacheTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

    private VerifiedCredentialsCache cache(Duration ttl) {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return bcrypt.matches(raw, encoded);
            }
        };
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername("ann").password(bcrypt.encode("right")).roles("ACCOUNTING").build());
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(counting);
        return new VerifiedCredentialsCache(dao, ttl, 100);
    }

    private static Authentication basic(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    @Test
    void aCorrectPasswordIsCheckedOnceAndThenRemembered() {
        VerifiedCredentialsCache cache = cache(Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            Authentication a = cache.authenticate(basic("ann", "right"));
            assertThat(a.isAuthenticated()).isTrue();
            assertThat(a.getName()).isEqualTo("ann");
            assertThat(a.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ACCOUNTING");
            assertThat(a.getCredentials()).as("no password kept").isNull();
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndRefusedEvenAfterTheRightOne() {
        VerifiedCredentialsCache cache = cache(Duration.ofMinutes(5));
        cache.authenticate(basic("ann", "right"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.authenticate(basic("ann", "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> cache.authenticate(basic("ann", "right "))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(5);
    }

    @Test
    void anEntryExpires() throws InterruptedException {
        VerifiedCredentialsCache cache = cache(Duration.ofMillis(50));
        cache.authenticate(basic("ann", "right"));
        Thread.sleep(120);
        cache.authenticate(basic("ann", "right"));
        assertThat(checks).hasValue(2);
    }
}
