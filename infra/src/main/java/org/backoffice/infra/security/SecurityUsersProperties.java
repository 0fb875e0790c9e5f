package org.backoffice.infra.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * backoffice.security.users[i].name / .password / .roles, and .credential-cache-ttl. Passwords
 * carry Spring's encoding prefix: {bcrypt} for production, {noop} for tests and local use.
 */
@ConfigurationProperties("backoffice.security")
public class SecurityUsersProperties {

    private List<User> users = new ArrayList<>();
    /** How long a checked password is remembered (as an HMAC), so bcrypt runs once per client per period; 0: never. */
    private java.time.Duration credentialCacheTtl = java.time.Duration.ofMinutes(5);

    public java.time.Duration getCredentialCacheTtl() {
        return credentialCacheTtl;
    }

    public void setCredentialCacheTtl(java.time.Duration credentialCacheTtl) {
        this.credentialCacheTtl = credentialCacheTtl;
    }

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }

    public static class User {
        private String name;
        private String password;
        private List<Role> roles = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles;
        }
    }
}
