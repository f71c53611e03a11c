package io.drillbook.core.connect;

/** How Drillbook proves who it is to an SSH server. Secrets themselves are never stored. */
public enum AuthMethod {
    /** A private key file (OpenSSH or PEM); its passphrase, if any, comes from a {@link SecretPrompt}. */
    KEY,
    /** Identities held by a running ssh-agent. */
    AGENT,
    /** A password asked for through a {@link SecretPrompt} each time a connection opens. */
    PASSWORD
}
