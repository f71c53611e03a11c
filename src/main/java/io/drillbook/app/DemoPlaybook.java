package io.drillbook.app;

import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookLibrary;
import io.drillbook.core.playbook.PlaybookParameter;
import io.drillbook.infra.playbook.PlaybookYaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo playbook "rollback demo service", runnable at once: its working folder (a backup config,
 * a broken live config, a pid file) is prepared under the data folder and is the {@code workdir} default.
 */
final class DemoPlaybook {
    static final String NAME = "rollback demo service";
    static final String RESOURCE = "/demo/playbooks/rollback-demo.yaml";

    private DemoPlaybook() {
    }

    /** Prepares {@code workdir} and stores the demo playbook with it as the default. */
    static Playbook install(PlaybookLibrary library, Path workdir) {
        prepare(workdir);
        Playbook playbook = withWorkdir(PlaybookYaml.read(resourceText(), RESOURCE), workdir);
        library.save(playbook, "demo");
        return playbook;
    }

    /** Puts the folder into its broken state: the backup is good, the live config is not. */
    static void prepare(Path workdir) {
        try {
            Files.writeString(Files.createDirectories(workdir.resolve("backup")).resolve("app.conf"), "port=8080\n");
            Files.writeString(Files.createDirectories(workdir.resolve("live")).resolve("app.conf"), "port=broken\n");
            Files.writeString(workdir.resolve("service.pid"), "demo-service\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo playbook's folder " + workdir, e);
        }
    }

    private static Playbook withWorkdir(Playbook p, Path workdir) {
        List<PlaybookParameter> parameters = p.parameters().stream()
                .map(q -> q.name().equals("workdir")
                        ? new PlaybookParameter(q.name(), q.type(), workdir.toString(), q.allowed(), q.required()) : q)
                .toList();
        return new Playbook(p.name(), p.description(), p.system(), p.environment(), parameters, p.steps());
    }

    private static String resourceText() {
        try (InputStream in = DemoPlaybook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo playbook " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
