package io.drillbook.core.playbook;

import java.net.URI;
import java.time.Duration;

/** One HTTP GET for a health check. Never throws: a failure is a status of -1 with the reason as body. */
@FunctionalInterface
public interface HttpProbe {

    Response get(URI url, Duration timeout);

    record Response(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
