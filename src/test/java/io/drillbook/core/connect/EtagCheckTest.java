package io.drillbook.core.connect;

import org.junit.jupiter.api.Test;

import static io.drillbook.core.connect.EtagCheck.Outcome.DIFFERS;
import static io.drillbook.core.connect.EtagCheck.Outcome.MATCHES;
import static io.drillbook.core.connect.EtagCheck.Outcome.NOT_AN_MD5;
import static org.assertj.core.api.Assertions.assertThat;

class EtagCheckTest {
    static final String MD5 = "9e107d9d372bb6826bd81d3542a419d6";

    @Test
    void quotedPlainEtagMatchesTheContentMd5() {
        assertThat(EtagCheck.compare("\"" + MD5 + "\"", MD5, null)).isEqualTo(MATCHES);
        assertThat(EtagCheck.compare(MD5, "e4d909c290d0fb1ca068ffaddf22cbd0", "AES256")).isEqualTo(DIFFERS);
    }

    @Test
    void multipartAndKmsEtagsCannotVouchForContent() {
        assertThat(EtagCheck.compare("\"" + MD5 + "-3\"", MD5, null)).isEqualTo(NOT_AN_MD5);
        assertThat(EtagCheck.compare(MD5, MD5, "aws:kms")).isEqualTo(NOT_AN_MD5);
    }
}
