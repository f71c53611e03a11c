package io.drillbook.core.connect;

import java.nio.file.Path;

/**
 * An object downloaded to a local file.
 *
 * @param verifiedBy what the content was checked against ({@code ETag MD5}), or null when the
 *                   store gave nothing checkable (multipart or KMS ETags); then {@code note} says why
 */
public record DownloadResult(String key, Path file, long bytes, String sha256, String md5, String verifiedBy, String note) {

    public boolean verified() {
        return verifiedBy != null;
    }
}
