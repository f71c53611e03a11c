package io.drillbook.infra.importers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.TargetMapping;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.infra.workspace.FileFormatException;
import io.drillbook.infra.yaml.StrictYaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a mapping file (YAML) from a tool's grouping to a system and environment:
 * <pre>
 * mappings:
 *   - { stanza: shop, system: shop, env: prod }
 *   - { vault: shop-prod-vault, system: shop, env: prod }
 *   - { schedule: daily-shop, system: shop, env: prod }
 *   - { tag: billing, system: billing, env: prod }
 * </pre>
 * Keys: one of stanza, schedule, vault, tag, host, archivePrefix, plus system and env.
 */
public final class MappingFileReader {
    private static final ObjectMapper YAML = StrictYaml.newMapper();
    private static final Set<String> KINDS = Set.of(TargetMapping.STANZA, TargetMapping.SCHEDULE, TargetMapping.VAULT,
            TargetMapping.TAG, TargetMapping.HOST, TargetMapping.ARCHIVE_PREFIX);

    public TargetMapping read(Path file) throws ImportException {
        SourceFile source = SourceFile.read(file);
        try {
            StrictYaml.refuseAnchorsAndAliases(YAML, source.name(), new String(source.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (FileFormatException e) {
            throw new ImportException(e.file(), e.line(), e.column(), e.problem());
        }
        JsonDocument document = JsonDocument.parse(source, YAML);
        Node root = document.root();
        for (Map.Entry<String, Node> field : root.fields()) {
            if (!"mappings".equals(field.getKey())) {
                throw field.getValue().error("unknown key '" + field.getKey() + "' (expected 'mappings')");
            }
        }
        TargetMapping.Builder builder = TargetMapping.builder();
        for (Node entry : root.get("mappings").elements("a list of mappings")) {
            readEntry(entry, builder);
        }
        return builder.build();
    }

    private static void readEntry(Node entry, TargetMapping.Builder builder) throws ImportException {
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, Node> field : entry.fields()) {
            String key = field.getKey();
            if (KINDS.contains(key)) {
                kinds.add(key);
            } else if (!"system".equals(key) && !"env".equals(key)) {
                throw field.getValue().error("unknown key '" + key + "' (expected system, env and one of " + KINDS + ")");
            }
        }
        if (kinds.size() != 1) {
            throw entry.error("a mapping needs exactly one of " + KINDS + ", found " + kinds);
        }
        try {
            SystemEnv target = new SystemEnv(entry.get("system").text(), entry.get("env").text());
            builder.map(kinds.get(0), entry.get(kinds.get(0)).text(), target);
        } catch (IllegalArgumentException e) {
            throw entry.error(e.getMessage());
        }
    }
}
