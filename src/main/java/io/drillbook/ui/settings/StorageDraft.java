package io.drillbook.ui.settings;

import io.drillbook.core.connect.NamingRule;
import io.drillbook.core.connect.StorageProfile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** A storage profile as typed into the form; {@link #problems()} names each wrong field and why. */
public record StorageDraft(String name, String region, String awsProfile, String endpoint, boolean pathStyle,
                           String bucket, String prefix, String namingRule) {

    public static StorageDraft of(StorageProfile p) {
        return new StorageDraft(p.name(), p.region(), p.namedAwsProfile().orElse(""),
                p.endpointOverride().map(URI::toString).orElse(""), p.pathStyle(), p.bucket(), p.prefix(), p.namingRule());
    }

    public static StorageDraft blank() {
        return new StorageDraft("", "us-east-1", "", "", false, "", "", "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump");
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(name)) {
            problems.add("Name: required");
        }
        if (blank(bucket)) {
            problems.add("Bucket: required");
        }
        if (!blank(endpoint)) {
            endpointProblem().ifPresent(problems::add);
        }
        if (!blank(namingRule)) {
            try {
                new NamingRule(namingRule.strip());
            } catch (IllegalArgumentException e) {
                problems.add("Naming rule: " + e.getMessage());
            }
        }
        return problems;
    }

    private java.util.Optional<String> endpointProblem() {
        try {
            URI uri = new URI(endpoint.strip());
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http")) {
                return java.util.Optional.of("Endpoint: expected http(s)://host[:port], was " + endpoint.strip());
            }
            if (uri.getUserInfo() != null) {
                return java.util.Optional.of("Endpoint: must not hold credentials; use an AWS profile");
            }
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.of("Endpoint: " + e.getMessage());
        }
    }

    public StorageProfile toProfile() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new StorageProfile(name.strip(), text(region), blank(awsProfile) ? null : awsProfile.strip(),
                blank(endpoint) ? null : URI.create(endpoint.strip()), pathStyle, bucket.strip(), text(prefix), text(namingRule));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
