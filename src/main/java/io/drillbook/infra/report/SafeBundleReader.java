package io.drillbook.infra.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a bundle without trusting it: the zip's central directory is checked first (entry count,
 * declared sizes, path-like and repeated names) and every entry is then unpacked with a byte count
 * that stops at the limit, whatever its header claimed. Refusals are {@link BundleRejectedException}s
 * with one line saying why.
 */
public final class SafeBundleReader {
    private final BundleLimits limits;

    public SafeBundleReader() {
        this(BundleLimits.DEFAULT);
    }

    public SafeBundleReader(BundleLimits limits) {
        this.limits = limits;
    }

    /** Every file entry of the bundle by name, in name order. */
    public SortedMap<String, byte[]> read(Path bundle) throws IOException {
        if (!Files.isRegularFile(bundle)) {
            throw new IOException(bundle + " is not a file");
        }
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            List<ZipEntry> entries = checkDirectory(bundle, zip);
            SortedMap<String, byte[]> files = new TreeMap<>();
            long total = 0;
            for (ZipEntry e : entries) {
                byte[] bytes = unpack(bundle, zip, e);
                total += bytes.length;
                if (total > limits.maxTotalBytes()) {
                    throw new BundleRejectedException(bundle + ": unpacks to more than the "
                            + BundleLimits.size(limits.maxTotalBytes()) + " a bundle may hold");
                }
                files.put(e.getName(), bytes);
            }
            if (files.isEmpty()) {
                throw new IOException(bundle + " is an empty zip file");
            }
            return files;
        } catch (ZipException e) {
            throw new IOException(bundle + " is not a readable zip file (" + e.getMessage() + ")", e);
        }
    }

    private List<ZipEntry> checkDirectory(Path bundle, ZipFile zip) throws BundleRejectedException {
        if (zip.size() > limits.maxEntries()) {
            throw new BundleRejectedException(bundle + ": holds " + zip.size() + " entries, more than the "
                    + limits.maxEntries() + " a bundle may hold");
        }
        Map<String, String> seen = new HashMap<>();
        List<ZipEntry> files = new ArrayList<>();
        long declared = 0;
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry e = all.nextElement();
            String name = e.getName();
            String checked = e.isDirectory() ? name.substring(0, name.length() - 1) : name;
            var problem = BundleEntryNames.problem(checked);
            if (problem.isPresent()) {
                throw new BundleRejectedException(bundle + ": entry name '" + printable(name) + "' " + problem.get());
            }
            String previous = seen.put(name.toLowerCase(Locale.ROOT), name);
            if (previous != null) {
                throw new BundleRejectedException(bundle + ": entry " + printable(name) + " appears more than once"
                        + (previous.equals(name) ? "" : " (as " + printable(previous) + ", differing only in case)"));
            }
            if (e.isDirectory()) {
                continue;
            }
            if (e.getSize() > limits.maxEntryBytes()) {
                throw tooBig(bundle, name, "would unpack to " + BundleLimits.size(e.getSize()));
            }
            declared += Math.max(0, e.getSize());
            files.add(e);
        }
        if (declared > limits.maxTotalBytes()) {
            throw new BundleRejectedException(bundle + ": would unpack to " + BundleLimits.size(declared) + ", more than the "
                    + BundleLimits.size(limits.maxTotalBytes()) + " a bundle may hold");
        }
        long room = Runtime.getRuntime().maxMemory() / 2;
        if (declared > room) {
            throw new BundleRejectedException(bundle + ": would unpack to " + BundleLimits.size(declared)
                    + ", more than half of this JVM's memory; run verify with a larger -Xmx");
        }
        return files;
    }

    private byte[] unpack(Path bundle, ZipFile zip, ZipEntry e) throws IOException {
        long cap = e.getSize() >= 0 ? Math.min(e.getSize(), limits.maxEntryBytes()) : limits.maxEntryBytes();
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, cap + 1));
            if (bytes.length > cap) {
                throw new BundleRejectedException(bundle + ": entry " + printable(e.getName()) + " unpacks to more than "
                        + (e.getSize() >= 0 ? "the " + BundleLimits.size(e.getSize()) + " its header says" : BundleLimits.size(cap)));
            }
            return bytes;
        }
    }

    private BundleRejectedException tooBig(Path bundle, String name, String what) {
        return new BundleRejectedException(bundle + ": entry " + printable(name) + " " + what + ", more than the "
                + BundleLimits.size(limits.maxEntryBytes()) + " a bundle entry may hold");
    }

    private static String printable(String name) {
        String shown = name.replaceAll("[\\x00-\\x1f\\x7f]", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "..." : shown;
    }
}
