package io.drillbook.infra.playbook;

import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookFormat;

/** The playbook file format as {@link PlaybookYaml} reads and writes it. */
public final class YamlPlaybookFormat implements PlaybookFormat {
    @Override
    public Playbook read(String text, String fileName) {
        return PlaybookYaml.read(text, fileName);
    }

    @Override
    public String write(Playbook playbook) {
        return PlaybookYaml.write(playbook);
    }
}
