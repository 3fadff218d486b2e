package org.evidenceledger.query.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceledger.query.testing.Events.announced;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.evidenceledger.query.testing.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A dashboard that opens the stream and then stops reading must not hold the read model up. */
class SlowStreamClientTest extends QuerySideHttpTest {

    private static final int EVENTS = 3000;

    @LocalServerPort
    private int port;

    @Test
    void givenAStreamClientThatNeverReads_whenManyPartnershipsChange_thenTheReadModelStillCatchesUp() throws Exception {
        try (Socket client = new Socket()) {
            client.setReceiveBufferSize(1024);
            client.connect(new InetSocketAddress("localhost", port));
            OutputStream out = client.getOutputStream();
            String credentials = Base64.getEncoder().encodeToString("dash:s3cret-2".getBytes(StandardCharsets.UTF_8));
            out.write(("GET /api/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Basic " + credentials + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] head = new byte[64];
            assertThat(new String(head, 0, client.getInputStream().read(head), StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 200");

            for (int i = 0; i < EVENTS; i++) {
                ledger.record("2026-06-04T10:00:00Z", announced("slow-reader-" + i, "2026-06-04"));
            }

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && status != 200) {
                status = api.get("/api/partnerships/slow-reader-" + (EVENTS - 1)).status();
                Thread.sleep(100);
            }
            assertThat(status).as("the last partnership reached the read model").isEqualTo(200);
        }
    }
}
