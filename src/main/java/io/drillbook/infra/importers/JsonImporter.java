package io.drillbook.infra.importers;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.drillbook.core.inventory.BackupImporter;
import io.drillbook.core.inventory.ImportException;
import io.drillbook.core.inventory.ImportOptions;
import io.drillbook.core.inventory.ParsedBatch;

import java.nio.file.Path;

/** Base of the importers of JSON tool output: read, parse, walk, build. */
abstract class JsonImporter implements BackupImporter {
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public final ParsedBatch parse(Path file, ImportOptions options) throws ImportException {
        SourceFile source = SourceFile.read(file);
        JsonDocument document = isJsonLines(source) ? JsonDocument.parseLines(source, JSON) : JsonDocument.parse(source, JSON);
        BatchBuilder batch = new BatchBuilder(source, source(), options);
        read(document.root(), batch);
        return batch.build();
    }

    /**
     * True when this file is JSON lines (one document per line, read as an array of documents).
     * Every other file must hold exactly one JSON document: a second document or trailing text is an error.
     */
    boolean isJsonLines(SourceFile source) {
        return false;
    }

    /** Walks the document and adds what it reports to {@code batch}; throws on a wrong shape. */
    abstract void read(Node root, BatchBuilder batch) throws ImportException;
}
