package io.drillbook.infra.forward;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.forward.EvidenceSink;
import io.drillbook.core.forward.Rfc5424;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

/**
 * RFC 5424 syslog over TCP (RFC 6587 octet counting), or over TLS (RFC 5425) with the JDK's trust
 * store and host name verification.
 */
public final class SyslogTcpSink implements EvidenceSink {
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private final Socket socket;
    private final OutputStream out;
    private final String hostname;

    public SyslogTcpSink(String address, boolean tls, String hostname) {
        int colon = address.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("syslog address '" + address + "' is not HOST:PORT");
        }
        String host = address.substring(0, colon);
        int port = Integer.parseInt(address.substring(colon + 1));
        this.hostname = hostname;
        try {
            Socket plain = new Socket();
            plain.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            if (tls) {
                SSLSocket s = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
                SSLParameters params = s.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                s.setSSLParameters(params);
                s.startHandshake();
                this.socket = s;
            } else {
                this.socket = plain;
            }
            this.out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to syslog " + address + (tls ? " (TLS)" : "") + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void send(List<EvidenceEvent> batch) {
        try {
            for (EvidenceEvent e : batch) {
                out.write(Rfc5424.octetCounted(Rfc5424.message(e, hostname, "drillbook")));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("syslog connection lost: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to send
        }
    }
}
