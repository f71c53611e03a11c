package io.drillbook.core.playbook;

/** Reads and writes the playbook file format (YAML, in infra); errors name the file, line and column. */
public interface PlaybookFormat {

    /** Parses {@code text}; {@code fileName} is used in error messages only. */
    Playbook read(String text, String fileName);

    String write(Playbook playbook);
}
