package gojc.compiler;

import gojc.frontend.ast.File;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An on-disk cache of parsed standard-library packages, as go keeps a build cache. Parsing the
 * library's Go sources in a fresh JVM costs seconds (the parser's prediction tables start empty
 * in every process); reading the syntax trees back costs a fraction of that. Entries are keyed by
 * a digest of the package's file names and bytes, so an edited source is simply parsed again.
 * The cache lives in $GOJC_CACHE, else $XDG_CACHE_HOME/gojc, else ~/.cache/gojc; when it cannot
 * be written, gojc parses every time and says nothing.
 */
final class ParsedSourceCache {
    private static final int FORMAT = 1;
    private final Path dir;

    private ParsedSourceCache(Path dir) {
        this.dir = dir;
    }

    static ParsedSourceCache standard() {
        String explicit = System.getenv("GOJC_CACHE");
        if (explicit != null && !explicit.isEmpty()) return new ParsedSourceCache(Path.of(explicit));
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new ParsedSourceCache(base.resolve("gojc"));
    }

    /** The digest naming a package's entry: its file names and contents, and this cache's format. */
    static String key(List<String> names, List<byte[]> contents) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((byte) FORMAT);
            for (int i = 0; i < names.size(); i++) {
                md.update(names.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(contents.get(i));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached trees for key, or null. */
    @SuppressWarnings("unchecked")
    List<File> get(String key) {
        Path p = dir.resolve(key + ".ast");
        if (!Files.isRegularFile(p)) return null;
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16))) {
            in.setObjectInputFilter(ParsedSourceCache::onlySyntaxTrees);
            return (List<File>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null;
        }
    }

    void put(String key, List<File> files) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeObject(files);
            }
            Files.move(tmp, dir.resolve(key + ".ast"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk only costs speed
        }
    }

    /** Only the syntax tree's own classes and the JDK's lists and strings may be read back. */
    private static ObjectInputFilter.Status onlySyntaxTrees(ObjectInputFilter.FilterInfo info) {
        Class<?> c = info.serialClass();
        if (c == null) return ObjectInputFilter.Status.UNDECIDED;
        while (c.isArray()) c = c.getComponentType();
        String n = c.getName();
        boolean ok = c.isPrimitive() || n.startsWith("gojc.frontend.ast.") || n.equals("gojc.frontend.diag.Pos")
                || n.startsWith("java.util.") || n.equals("java.lang.String") || n.equals("java.lang.Enum")
                || n.equals("java.lang.Object") || n.equals("java.lang.Integer") || n.equals("java.lang.Number");
        return ok ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }
}
