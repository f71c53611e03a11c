package io.drillbook.core.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Masks the registered secret values ({@link Redaction#registerSecretValue}) in a byte stream, such
 * as a command's output on its way to a file: a value split across two reads is still found, because
 * trailing bytes that begin one are held back until the next read or {@link #finish}. Anything else
 * passes at once, so live output still streams line by line.
 */
public final class SecretStreamMask {
    private static final byte[] MASK = Redaction.MASK.getBytes(StandardCharsets.UTF_8);

    private final List<byte[]> secrets;
    private byte[] pending = new byte[0];

    private SecretStreamMask(List<byte[]> secrets) {
        this.secrets = secrets;
    }

    /** A mask for the secret values registered now (longest first). */
    public static SecretStreamMask ofRegistered() {
        return new SecretStreamMask(Redaction.secretValues().stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
    }

    /** The bytes of {@code buffer[0, n)} that are safe to pass on now, secrets masked. */
    public byte[] push(byte[] buffer, int n) {
        if (secrets.isEmpty()) {
            return Arrays.copyOf(buffer, n);
        }
        byte[] all = Arrays.copyOf(pending, pending.length + n);
        System.arraycopy(buffer, 0, all, pending.length, n);
        return scan(all, false);
    }

    /** Everything still held back, secrets masked: call once at the end of the stream. */
    public byte[] finish() {
        return secrets.isEmpty() ? new byte[0] : scan(pending, true);
    }

    private byte[] scan(byte[] all, boolean last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(all.length);
        int i = 0;
        while (i < all.length) {
            int hit = matchAt(all, i);
            if (hit > 0) {
                out.writeBytes(MASK);
                i += hit;
            } else if (!last && beginsSecret(all, i)) {
                break;
            } else {
                out.write(all[i++]);
            }
        }
        pending = Arrays.copyOfRange(all, i, all.length);
        return out.toByteArray();
    }

    /** True when the bytes from {@code at} to the end are the start of some secret, cut off by the read. */
    private boolean beginsSecret(byte[] all, int at) {
        int rest = all.length - at;
        for (byte[] s : secrets) {
            if (rest < s.length && Arrays.equals(all, at, all.length, s, 0, rest)) {
                return true;
            }
        }
        return false;
    }

    private int matchAt(byte[] all, int at) {
        for (byte[] s : secrets) {
            if (at + s.length <= all.length && Arrays.equals(all, at, at + s.length, s, 0, s.length)) {
                return s.length;
            }
        }
        return 0;
    }
}
