package io.drillbook.core.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutputCaptureTest {
    @TempDir
    Path dir;

    @Test
    void shortOutputIsKeptWholeAndSplitIntoLines() {
        List<String> lines = new ArrayList<>();
        CapturedOutput out = new OutputCapture(OutputChannel.STDOUT, dir.resolve("o"), 100, (c, l) -> lines.add(l))
                .drain(new ByteArrayInputStream("one\r\ntwo\nthree".getBytes(StandardCharsets.UTF_8)));

        assertThat(lines).containsExactly("one", "two", "three");
        assertThat(out.truncated()).isFalse();
        assertThat(out.preview()).isEqualTo("one\r\ntwo\nthree");
        assertThat(out.sha256()).isEqualTo(Checksums.sha256(out.file()));
    }

    @Test
    void longOutputKeepsHeadAndTailOnly() {
        String text = "a".repeat(50) + "b".repeat(1000) + "c".repeat(50);
        CapturedOutput out = new OutputCapture(OutputChannel.STDERR, dir.resolve("e"), 50, OutputListener.NONE)
                .drain(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(out.head()).isEqualTo("a".repeat(50));
        assertThat(out.tail()).isEqualTo("c".repeat(50));
        assertThat(out.bytes()).isEqualTo(1100);
        assertThat(out.truncated()).isTrue();
    }
}
