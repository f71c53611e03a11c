package io.drillbook.infra.ssh;

import net.schmizz.sshj.common.Buffer;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal ssh-agent client (draft-miller-ssh-agent): list identities and ask for signatures over
 * the agent's Unix socket. Private keys never leave the agent.
 */
final class SshAgentClient {
    private static final byte FAILURE = 5;
    private static final byte REQUEST_IDENTITIES = 11;
    private static final byte IDENTITIES_ANSWER = 12;
    private static final byte SIGN_REQUEST = 13;
    private static final byte SIGN_RESPONSE = 14;
    /** Ask for an rsa-sha2-512 signature instead of SHA-1 ssh-rsa. */
    static final int RSA_SHA2_512 = 4;
    private static final int MAX_MESSAGE = 256 * 1024;

    private final Path socket;

    SshAgentClient(Path socket) {
        this.socket = socket;
    }

    /** A key the agent holds: its SSH wire blob and comment. */
    record Identity(byte[] blob, String comment) {
        String keyType() throws Buffer.BufferException {
            return new Buffer.PlainBuffer(blob).readString();
        }
    }

    List<Identity> identities() throws IOException {
        Buffer.PlainBuffer answer = call(new Buffer.PlainBuffer().putByte(REQUEST_IDENTITIES), IDENTITIES_ANSWER);
        try {
            long count = answer.readUInt32();
            List<Identity> identities = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                identities.add(new Identity(answer.readBytes(), answer.readString()));
            }
            return identities;
        } catch (Buffer.BufferException e) {
            throw new IOException("malformed identities answer from ssh-agent at " + socket, e);
        }
    }

    /** The agent's signature of {@code data}: an SSH signature blob (algorithm name and signature). */
    byte[] sign(byte[] keyBlob, byte[] data, int flags) throws IOException {
        Buffer.PlainBuffer request = new Buffer.PlainBuffer().putByte(SIGN_REQUEST).putBytes(keyBlob).putBytes(data)
                .putUInt32(flags);
        try {
            return call(request, SIGN_RESPONSE).readBytes();
        } catch (Buffer.BufferException e) {
            throw new IOException("malformed sign response from ssh-agent at " + socket, e);
        }
    }

    private Buffer.PlainBuffer call(Buffer.PlainBuffer request, byte expected) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            byte[] body = request.getCompactData();
            ByteBuffer out = ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
            ByteBuffer reply = ByteBuffer.wrap(readFully(channel, readLength(channel)));
            byte type = reply.get();
            if (type != expected) {
                throw new IOException("ssh-agent at " + socket + " refused the request (answer " + type
                        + (type == FAILURE ? ": failure" : "") + ")");
            }
            byte[] rest = new byte[reply.remaining()];
            reply.get(rest);
            return new Buffer.PlainBuffer(rest);
        }
    }

    private int readLength(SocketChannel channel) throws IOException {
        int length = ByteBuffer.wrap(readFully(channel, 4)).getInt();
        if (length <= 0 || length > MAX_MESSAGE) {
            throw new IOException("ssh-agent at " + socket + " sent a message of " + length + " bytes");
        }
        return length;
    }

    private static byte[] readFully(SocketChannel channel, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("ssh-agent closed the connection");
            }
        }
        return buffer.array();
    }
}
