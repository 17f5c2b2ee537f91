package vn.ktxh.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * What a template was made for, kept in its very hidden sheet: the unit (code and the day it began, because codes
 * are reused), the period and the layout version, with a keyed checksum so that a hand-edited stamp is noticed.
 * The checksum guards against mistakes, not against someone who knows the key: the area and period the user
 * chooses on upload are checked as well.
 */
public record TemplateStamp(String areaCode, LocalDate areaValidFrom, String period, String version, String signature) {

    public static final String VERSION = "ktxh-so-lieu-1";

    public static TemplateStamp of(String areaCode, LocalDate areaValidFrom, String period, String key) {
        return new TemplateStamp(
                areaCode, areaValidFrom, period, VERSION, sign(areaCode, areaValidFrom, period, VERSION, key));
    }

    public boolean signedWith(String key) {
        return signature != null
                && MessageDigest.isEqual(
                        signature.getBytes(StandardCharsets.US_ASCII),
                        sign(areaCode, areaValidFrom, period, version, key).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(String areaCode, LocalDate validFrom, String period, String version, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join("|", key, areaCode, String.valueOf(validFrom), period, version)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
