package io.drillbook.infra.ssh;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.connect.SecretPrompt.SecretKind;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Authenticates an sshj client as a profile says; secrets are asked for, used once, and wiped. */
final class SshAuthentication {
    private SshAuthentication() {
    }

    static void authenticate(SSHClient client, ConnectionProfile profile, SecretPrompt prompt, Path agentSocket)
            throws IOException {
        switch (profile.auth()) {
            case KEY -> {
                KeyProvider keys = client.loadKeys(profile.keyPath().toString(),
                        finder(prompt, SecretKind.KEY_PASSPHRASE, profile.keyPath().toString()));
                client.authPublickey(profile.user(), keys);
            }
            case PASSWORD -> client.authPassword(profile.user(),
                    finder(prompt, SecretKind.PASSWORD, profile.address()));
            case AGENT -> client.auth(profile.user(), agentMethods(agentSocket));
        }
    }

    private static List<AuthMethod> agentMethods(Path agentSocket) throws IOException {
        if (agentSocket == null) {
            throw new UserAuthException("no ssh-agent: SSH_AUTH_SOCK is not set");
        }
        SshAgentClient agent = new SshAgentClient(agentSocket);
        List<AuthMethod> methods = new ArrayList<>();
        for (SshAgentClient.Identity identity : agent.identities()) {
            try {
                methods.add(new AuthAgentKey(agent, identity));
            } catch (Buffer.BufferException e) {
                throw new UserAuthException("ssh-agent holds an unreadable key: " + identity.comment(), e);
            }
        }
        if (methods.isEmpty()) {
            throw new UserAuthException("ssh-agent at " + agentSocket + " holds no keys (ssh-add one)");
        }
        return methods;
    }

    /** Asks once; sshj wipes the returned array after use. {@code subject} says for what (never a secret). */
    private static PasswordFinder finder(SecretPrompt prompt, SecretKind kind, String subject) {
        return new PasswordFinder() {
            @Override
            public char[] reqPassword(Resource<?> resource) {
                return prompt.ask(kind, subject).orElse(null);
            }

            @Override
            public boolean shouldRetry(Resource<?> resource) {
                return false;
            }
        };
    }
}
