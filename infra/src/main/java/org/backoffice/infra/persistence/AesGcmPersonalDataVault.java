package org.backoffice.infra.persistence;

import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.events.hr.RetentionClass;
import org.backoffice.query.common.PersonalDataReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * AES-256-GCM with one key per person and retention class, in the personal_data_key table, written and deleted in
 * the caller's transaction (so a rejected hire leaves no key, and an erasure is atomic with its
 * event). Sealed values read "pd2:" + class + ":" + base64(12-byte IV + ciphertext and tag); the
 * subject's id and the class are bound as associated data, so a value copied to another person's
 * record, or relabelled with another class, does not open. Values sealed before the classes read
 * "pd1:" + base64 and open with the person's one key for everything (class ALL).
 * Keys are never cached: once a key is deleted, no instance can open its data again.
 */
@Component
public class AesGcmPersonalDataVault implements PersonalDataVault, PersonalDataReader {

    private static final String LEGACY = "pd1:";
    private static final String PREFIX = "pd2:";
    private static final String ALL = "ALL";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    public AesGcmPersonalDataVault(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private Optional<SecretKey> key(UUID subject, String retentionClass) {
        List<byte[]> keys = jdbc.query("select secret from personal_data_key where subject_id = ? and retention_class = ?",
                (rs, i) -> rs.getBytes(1), subject, retentionClass);
        return keys.stream().findFirst().map(k -> new SecretKeySpec(k, "AES"));
    }

    private SecretKey keyOrCreate(UUID subject, String retentionClass) {
        return key(subject, retentionClass).orElseGet(() -> {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256, random);
                byte[] secret = generator.generateKey().getEncoded();
                jdbc.update("insert into personal_data_key (subject_id, retention_class, secret) values (?, ?, ?) "
                        + "on conflict do nothing", subject, retentionClass, secret);
                return key(subject, retentionClass).orElseThrow();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES is not available", e);
            }
        });
    }

    private static byte[] associated(UUID subject, String retentionClass) {
        return (retentionClass.equals(ALL) ? subject.toString() : subject + ":" + retentionClass).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String seal(UUID subject, RetentionClass retentionClass, String plaintext) {
        return PREFIX + retentionClass.name() + ":" + sealed(subject, retentionClass.name(), plaintext);
    }

    @Override
    public String seal(UUID subject, String plaintext) {
        return LEGACY + sealed(subject, ALL, plaintext);
    }

    private String sealed(UUID subject, String retentionClass, String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyOrCreate(subject, retentionClass), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated(subject, retentionClass));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data", e);
        }
    }

    @Override
    public Optional<String> open(UUID subject, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        String retentionClass;
        String body;
        if (sealed.startsWith(LEGACY)) {
            retentionClass = ALL;
            body = sealed.substring(LEGACY.length());
        } else if (sealed.startsWith(PREFIX) && sealed.indexOf(':', PREFIX.length()) > 0) {
            int colon = sealed.indexOf(':', PREFIX.length());
            retentionClass = sealed.substring(PREFIX.length(), colon);
            body = sealed.substring(colon + 1);
        } else {
            return Optional.empty();
        }
        Optional<SecretKey> key = key(subject, retentionClass);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(body);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(associated(subject, retentionClass));
            return Optional.of(new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void shred(UUID subject, RetentionClass retentionClass) {
        jdbc.update("delete from personal_data_key where subject_id = ? and retention_class = ?", subject, retentionClass.name());
    }

    @Override
    public void shred(UUID subject) {
        jdbc.update("delete from personal_data_key where subject_id = ?", subject);
    }
}
