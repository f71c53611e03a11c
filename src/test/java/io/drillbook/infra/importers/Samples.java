package io.drillbook.infra.importers;

import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.model.SystemEnv;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test inputs under src/test/resources/samples. */
final class Samples {
    static final SystemEnv SHOP_PROD = new SystemEnv("shop", "prod");
    static final ImportOptions SHOP = ImportOptions.forTarget(SHOP_PROD);

    private Samples() {
    }

    static Path path(String name) {
        try {
            return Path.of(Samples.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no sample " + name, e);
        }
    }
}
