package org.backoffice.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs tens of
 * milliseconds of CPU by design. This provider checks a user's name and password with the
 * delegate once and then remembers, for a short time, that exactly this pair was correct, as a
 * session would, so that a client making many requests pays for bcrypt once per period instead of
 * once per request.
 *
 * What is kept is an HMAC of name and password under a key that lives only in this process,
 * never the password. Only successes are remembered: a wrong password always goes to the
 * delegate and pays the full cost, so guessing gets no cheaper. A changed password is honoured
 * at once for the new one; the old one keeps working at most until its entry expires.
 */
final class VerifiedCredentialsCache implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final Cache<String, Authentication> verified;
    private final SecretKeySpec key;

    VerifiedCredentialsCache(AuthenticationProvider delegate, Duration timeToLive, long maximumEntries) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumEntries).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String password) || authentication.getName() == null) {
            return delegate.authenticate(authentication);
        }
        String fingerprint = fingerprint(authentication.getName(), password);
        Authentication known = verified.getIfPresent(fingerprint);
        if (known != null) {
            return known;
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            // Kept without credentials: the principal and its authorities are all a request needs.
            UsernamePasswordAuthenticationToken remembered = UsernamePasswordAuthenticationToken.authenticated(
                    result.getPrincipal(), null, result.getAuthorities());
            remembered.setDetails(result.getDetails());
            verified.put(fingerprint, remembered);
            return remembered;
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
