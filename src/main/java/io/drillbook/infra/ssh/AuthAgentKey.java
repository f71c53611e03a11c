package io.drillbook.infra.ssh;

import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

import java.io.IOException;

/**
 * Public-key authentication with one identity held by ssh-agent: the server's challenge is signed
 * by the agent. RSA keys are offered as rsa-sha2-512, since servers refuse SHA-1 signatures.
 */
final class AuthAgentKey extends AbstractAuthMethod {
    private final SshAgentClient agent;
    private final SshAgentClient.Identity identity;
    private final String algorithm;
    private final int flags;

    AuthAgentKey(SshAgentClient agent, SshAgentClient.Identity identity) throws Buffer.BufferException {
        super("publickey");
        this.agent = agent;
        this.identity = identity;
        String keyType = identity.keyType();
        boolean rsa = "ssh-rsa".equals(keyType);
        this.algorithm = rsa ? "rsa-sha2-512" : keyType;
        this.flags = rsa ? SshAgentClient.RSA_SHA2_512 : 0;
    }

    @Override
    public void handle(Message cmd, SSHPacket buf) throws UserAuthException, TransportException {
        if (cmd == Message.USERAUTH_60) {
            params.getTransport().write(signed(request(true)));
        } else {
            super.handle(cmd, buf);
        }
    }

    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        return request(false);
    }

    private SSHPacket request(boolean signed) throws UserAuthException {
        SSHPacket packet = super.buildReq();
        packet.putBoolean(signed).putString(algorithm).putBytes(identity.blob());
        return packet;
    }

    private SSHPacket signed(SSHPacket request) throws UserAuthException {
        byte[] data = new Buffer.PlainBuffer()
                .putString(params.getTransport().getSessionID())
                .putBuffer(request)
                .getCompactData();
        try {
            request.putBytes(agent.sign(identity.blob(), data, flags));
            return request;
        } catch (IOException e) {
            throw new UserAuthException("ssh-agent did not sign with key " + identity.comment() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "agent key " + identity.comment();
    }
}
