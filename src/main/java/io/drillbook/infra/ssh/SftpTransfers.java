package io.drillbook.infra.ssh;

import io.drillbook.core.connect.Checksums;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.ShellQuote;
import io.drillbook.core.connect.TransferResult;
import io.drillbook.core.work.CancellationToken;
import net.schmizz.sshj.common.StreamCopier;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.xfer.FileSystemFile;
import net.schmizz.sshj.xfer.TransferListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Uploads and downloads over SFTP, each checked afterwards against {@code sha256sum} on the host. */
final class SftpTransfers {
    private static final Logger LOGGER = LoggerFactory.getLogger(SftpTransfers.class);

    private final SshjRemoteShell shell;

    SftpTransfers(SshjRemoteShell shell) {
        this.shell = shell;
    }

    TransferResult upload(Path local, String remotePath, CancellationToken cancel) {
        String localSum = Checksums.sha256(local);
        try (SFTPClient sftp = shell.current().client().newSFTPClient()) {
            sftp.getFileTransfer().setTransferListener(cancelling(cancel));
            sftp.put(new FileSystemFile(local.toFile()), remotePath);
        } catch (IOException e) {
            cancel.throwIfCancelled();
            throw failed("upload of " + local + " to " + remotePath, e);
        }
        Checksums.requireEqual("upload of " + local + " to " + where(remotePath), localSum, remoteSha256(remotePath));
        return result(local.toString(), where(remotePath), local, localSum);
    }

    TransferResult download(String remotePath, Path local, CancellationToken cancel) {
        try (SFTPClient sftp = shell.current().client().newSFTPClient()) {
            sftp.getFileTransfer().setTransferListener(cancelling(cancel));
            sftp.get(remotePath, new FileSystemFile(local.toFile()));
        } catch (IOException e) {
            cancel.throwIfCancelled();
            throw failed("download of " + remotePath + " to " + local, e);
        }
        String localSum = Checksums.sha256(local);
        Checksums.requireEqual("download of " + where(remotePath) + " to " + local, remoteSha256(remotePath), localSum);
        return result(where(remotePath), local.toString(), local, localSum);
    }

    private String remoteSha256(String remotePath) {
        String quoted = ShellQuote.quote(remotePath);
        String out = shell.runHelper("sha256sum -- " + quoted + " 2>/dev/null || shasum -a 256 -- " + quoted);
        if (out == null || !out.matches("(?s)[0-9a-fA-F]{64}\\s.*")) {
            throw new ConnectorException("cannot checksum " + where(remotePath) + ": neither sha256sum nor shasum answered");
        }
        return out.substring(0, 64);
    }

    private String where(String remotePath) {
        return shell.profile().address() + ":" + remotePath;
    }

    private static TransferResult result(String source, String target, Path local, String sha256) {
        try {
            TransferResult result = new TransferResult(source, target, Files.size(local), sha256);
            LOGGER.info("Transferred {} -> {} ({} bytes, sha256 {})", source, target, result.bytes(), sha256);
            return result;
        } catch (IOException e) {
            throw new ConnectorException("cannot read size of " + local, e);
        }
    }

    private static ConnectorException failed(String what, IOException e) {
        return new ConnectorException(what + " failed: " + SshConnector.describe(e), e);
    }

    /** A listener that aborts the copy once {@code cancel} is set. */
    private static TransferListener cancelling(CancellationToken cancel) {
        return new TransferListener() {
            @Override
            public TransferListener directory(String name) {
                return this;
            }

            @Override
            public StreamCopier.Listener file(String name, long size) {
                return transferred -> {
                    if (cancel.isCancelled()) {
                        throw new IOException("transfer cancelled");
                    }
                };
            }
        };
    }
}
