package io.drillbook.core.connect;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an S3 ETag can vouch for downloaded content. A single-part upload without KMS has the
 * content's MD5 as its ETag; a multipart ETag ({@code md5-N}) or a KMS-encrypted object's does not.
 */
public final class EtagCheck {
    private static final Pattern PLAIN_MD5 = Pattern.compile("[0-9a-f]{32}");

    private EtagCheck() {
    }

    /** The outcome of comparing content's MD5 with an ETag. */
    public enum Outcome {
        MATCHES,
        DIFFERS,
        NOT_AN_MD5
    }

    public static Outcome compare(String eTag, String contentMd5Hex, String serverSideEncryption) {
        String tag = unquote(eTag).toLowerCase(Locale.ROOT);
        boolean kms = serverSideEncryption != null && serverSideEncryption.toLowerCase(Locale.ROOT).contains("kms");
        if (kms || !PLAIN_MD5.matcher(tag).matches()) {
            return Outcome.NOT_AN_MD5;
        }
        return tag.equals(contentMd5Hex.toLowerCase(Locale.ROOT)) ? Outcome.MATCHES : Outcome.DIFFERS;
    }

    public static String unquote(String eTag) {
        if (eTag == null) {
            return "";
        }
        String t = eTag.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
