package dev.zoommcp.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Seals small records (a client registration, an authorization request, a code, a token) into opaque strings that only
 * this server can open, so that the OAuth proxy keeps no state: whatever it must remember travels with the client, sealed.
 * <p>
 * A sealed value is a compact JWE (RFC 7516), key management {@code dir}, content encryption {@code A256GCM} (authenticated
 * encryption: a changed byte makes it unopenable), made with Nimbus JOSE + JWT. Each carries its purpose (a code cannot be
 * used as a token) and its expiry. Keys are 256-bit: the first of the configured keys seals, every one unseals, so a key
 * is rotated by putting a new one first and dropping the old one once what it sealed has expired. A key is named in the
 * header only by a digest of itself.
 */
public final class Sealer {

    /** Longer input is not even parsed: every sealed value of this server is far shorter. */
    static final int MAX_SEALED_CHARS = 16 * 1024;
    private static final String PURPOSE = "pur";
    private static final int KEY_BYTES = 32;

    private record Key(String id, SecretKey secret) {
    }

    private final List<Key> keys;

    private Sealer(List<Key> keys) {
        this.keys = keys;
    }

    /**
     * The sealer of comma-separated base64 keys of 256 bits, the first sealing. Messages never repeat a key.
     *
     * @throws IllegalArgumentException when there is no key, or one is not base64 of exactly 32 bytes
     */
    public static Sealer ofKeys(String commaSeparatedBase64) {
        List<Key> keys = new ArrayList<>();
        if (commaSeparatedBase64 != null) {
            int position = 0;
            for (String encoded : commaSeparatedBase64.split(",")) {
                position++;
                if (encoded.isBlank()) {
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(encoded.strip());
                } catch (IllegalArgumentException notBase64) {
                    throw new IllegalArgumentException("token key " + position + " is not base64");
                }
                if (bytes.length != KEY_BYTES) {
                    throw new IllegalArgumentException("token key " + position + " has " + bytes.length
                            + " bytes; each key must be 32 random bytes (256 bits), base64, e.g. from"
                            + " `openssl rand -base64 32`");
                }
                keys.add(new Key(keyId(bytes), new SecretKeySpec(bytes, "AES")));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no token key: give at least one 256-bit key, base64, e.g. from"
                    + " `openssl rand -base64 32`");
        }
        return new Sealer(List.copyOf(keys));
    }

    /** Seals {@code claims} for {@code purpose}, openable until {@code expiresAt}. */
    public String seal(String purpose, Map<String, Object> claims, Instant expiresAt) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().claim(PURPOSE, purpose)
                .expirationTime(Date.from(expiresAt));
        claims.forEach(set::claim);
        Key key = keys.get(0);
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .keyID(key.id()).build(), set.build());
        try {
            jwt.encrypt(new DirectEncrypter(key.secret()));
        } catch (JOSEException e) {
            throw new IllegalStateException("sealing failed: " + e.getClass().getSimpleName());
        }
        return jwt.serialize();
    }

    /**
     * The claims of a value this server sealed for {@code purpose} and that has not expired at {@code now}; empty for
     * anything else (forged, changed, sealed with an unknown key, for another purpose, expired, or not a sealed value).
     */
    public Optional<JWTClaimsSet> unseal(String purpose, String sealed, Instant now) {
        if (sealed == null || sealed.isEmpty() || sealed.length() > MAX_SEALED_CHARS) {
            return Optional.empty();
        }
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(sealed);
            JWEHeader header = jwt.getHeader();
            if (!JWEAlgorithm.DIR.equals(header.getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod())) {
                return Optional.empty();
            }
            Optional<Key> key = keys.stream().filter(k -> k.id().equals(header.getKeyID())).findFirst();
            if (key.isEmpty()) {
                return Optional.empty();
            }
            jwt.decrypt(new DirectDecrypter(key.get().secret()));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (!purpose.equals(claims.getClaim(PURPOSE)) || expiry == null || !now.isBefore(expiry.toInstant())) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException | RuntimeException unopenable) {
            // hostile input reaches the JOSE library's corners (a header without "enc" fails with a
            // NullPointerException): whatever it throws, the value is simply not one of ours
            return Optional.empty();
        }
    }

    private static String keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("zoom-recordings-mcp key id|" + Base64.getEncoder().encodeToString(key)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
