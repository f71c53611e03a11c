package io.drillbook.core.workspace;

import java.util.Objects;

/**
 * Where a profile's secret comes from: the profile's name, which secret it is and the reference
 * (never the value).
 */
public record SecretBinding(String profile, SecretReference.Purpose purpose, SecretReference reference) {
    public SecretBinding {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reference, "reference");
    }
}
