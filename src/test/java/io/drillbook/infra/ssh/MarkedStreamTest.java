package io.drillbook.infra.ssh;

import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkedStreamTest {
    private static final String END_A = "\u001eEND a";
    private static final String END_B = "\u001eEND b";

    private static InputStream shared(String text) {
        return new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 4);
    }

    private static String readAll(MarkedStream stream) throws Exception {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOneSharedStreamIntoCommandsAtTheirMarkers() throws Exception {
        InputStream in = shared("one\ntwo" + END_A + " 0\nthree\n" + END_B + " 12\n");

        MarkedStream first = new MarkedStream(in, END_A);
        String firstText = readAll(first);
        MarkedStream second = new MarkedStream(in, END_B);
        String secondText = readAll(second);

        assertThat(firstText).isEqualTo("one\ntwo");
        assertThat(first.trailer()).isEqualTo("0");
        assertThat(secondText).isEqualTo("three\n");
        assertThat(second.trailer()).isEqualTo("12");
        assertThat(second.markerSeen()).isTrue();
    }

    @Test
    void partialMatchesAndOtherTokensAreOutput() throws Exception {
        String output = "x\u001eEN\u001e\u001eEND b\u001eENDa";
        MarkedStream stream = new MarkedStream(shared(output + END_A + " 3\n"), END_A);

        assertThat(readAll(stream)).isEqualTo(output);
        assertThat(stream.trailer()).isEqualTo("3");
    }

    @Test
    void aSharedStreamThatEndsFirstIsNotAMarker() throws Exception {
        MarkedStream stream = new MarkedStream(shared("cut off\u001eEN"), END_A);

        assertThat(readAll(stream)).isEqualTo("cut off\u001eEN");
        assertThat(stream.markerSeen()).isFalse();
        assertThat(stream.trailer()).isEmpty();
    }

    @Test
    void markerMustStartWithItsOnlyRecordSeparator() {
        assertThatThrownBy(() -> new MarkedStream(shared(""), "END")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkedStream(shared(""), "\u001eA\u001eB")).isInstanceOf(IllegalArgumentException.class);
    }
}
