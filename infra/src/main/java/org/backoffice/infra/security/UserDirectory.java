package org.backoffice.infra.security;

import org.backoffice.infra.persistence.BackofficeDataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users who may sign in: those configured under backoffice.security.users, or, when none
 * are, one demo user per role with a random password, written to demo-users.txt in the data
 * directory (readable by its owner only) and kept across restarts.
 */
final class UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);
    static final String DEMO_FILE = "demo-users.txt";

    private UserDirectory() {
    }

    static List<UserDetails> users(SecurityUsersProperties properties, BackofficeDataDirectory dataDirectory) {
        if (!properties.getUsers().isEmpty()) {
            List<UserDetails> users = new ArrayList<>();
            for (SecurityUsersProperties.User u : properties.getUsers()) {
                if (!StringUtils.hasText(u.getName()) || !StringUtils.hasText(u.getPassword()) || u.getRoles().isEmpty()) {
                    throw new IllegalStateException("backoffice.security.users: every user needs a name, a password "
                            + "(with {bcrypt} or {noop} prefix) and at least one role");
                }
                users.add(User.withUsername(u.getName()).password(u.getPassword())
                        .roles(u.getRoles().stream().map(Enum::name).toArray(String[]::new)).build());
            }
            return users;
        }
        return demoUsers(dataDirectory.path().resolve(DEMO_FILE));
    }

    private static List<UserDetails> demoUsers(Path file) {
        Map<String, String> passwords = readExisting(file);
        boolean changed = false;
        List<UserDetails> users = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            String password = passwords.get(name);
            if (password == null) {
                password = randomPassword();
                passwords.put(name, password);
                changed = true;
            }
            users.add(User.withUsername(name).password("{noop}" + password).roles(role.name()).build());
        }
        if (changed) {
            write(file, passwords);
        }
        log.warn("No users configured (backoffice.security.users): demo users, one per role, with their "
                + "passwords in {}. Configure real users before production.", file);
        return users;
    }

    private static Map<String, String> readExisting(Path file) {
        Map<String, String> passwords = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length >= 2 && !line.startsWith("#")) {
                        passwords.put(parts[0], parts[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return passwords;
    }

    private static void write(Path file, Map<String, String> passwords) {
        StringBuilder text = new StringBuilder("# Backoffice demo users: name password role\n");
        passwords.forEach((name, password) -> text.append(name).append(' ').append(password).append(' ')
                .append(name.toUpperCase()).append('\n'));
        try {
            Path tmp = file.resolveSibling(DEMO_FILE + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
