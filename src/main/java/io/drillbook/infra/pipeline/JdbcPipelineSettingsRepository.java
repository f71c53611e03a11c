package io.drillbook.infra.pipeline;

import io.drillbook.core.pipeline.PipelineSettings;
import io.drillbook.core.pipeline.PipelineSettingsRepository;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

/** The {@code pipelines:} settings as the YAML text they were imported as, one row (V29). */
public final class JdbcPipelineSettingsRepository implements PipelineSettingsRepository {
    private final Database db;

    public JdbcPipelineSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public PipelineSettings load() {
        List<String> rows = Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT yaml_text FROM pipeline_settings WHERE id = 1")) {
                return Jdbc.list(ps, rs -> rs.getString(1));
            }
        });
        return rows.isEmpty() ? PipelineSettings.empty()
                : PipelinesYaml.read(rows.get(0), "stored pipelines settings").orElse(PipelineSettings.empty());
    }

    @Override
    public void replace(PipelineSettings settings) {
        String text = PipelinesYaml.write(settings);
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM pipeline_settings WHERE id = 1");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO pipeline_settings (id, yaml_text, updated_at) VALUES (1, ?, ?)")) {
                del.executeUpdate();
                ins.setString(1, text.isEmpty() ? "{}" : text);
                ins.setObject(2, Jdbc.utc(Instant.now()));
                return ins.executeUpdate();
            }
        });
    }
}
