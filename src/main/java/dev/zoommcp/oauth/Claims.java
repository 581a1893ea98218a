package dev.zoommcp.oauth;

import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

/** Reading the claims of a sealed value without trusting their types: a claim of the wrong type reads as empty. */
final class Claims {

    private Claims() {
    }

    static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : "";
    }

    static Map<String, Object> object(JWTClaimsSet claims, String name) {
        try {
            Map<String, Object> object = claims.getJSONObjectClaim(name);
            return object == null ? Map.of() : object;
        } catch (ParseException malformed) {
            return Map.of();
        }
    }
}
