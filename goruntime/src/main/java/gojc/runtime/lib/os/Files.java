// The file system behind package os: files are the JDK's FileChannels, standard streams the
// runtime's Stdout/Stderr buffers and fd 0; failures become Linux errno numbers, which os.go turns
// into Go's error texts. Relative paths resolve against os.Chdir's directory.
package gojc.runtime.lib.os;

import gojc.runtime.GoString;
import gojc.runtime.Stderr;
import gojc.runtime.Stdout;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.tuple.T_JIJJ;
import gojc.runtime.tuple.T_LJ;
import gojc.runtime.tuple.T_LLJ;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

final class Files {
    private Files() {}

    static final int ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENOTEMPTY = 39;

    /** A standard stream: 0, 1 or 2. */
    record Std(int fd) {}

    private static final InputStream STDIN = new FileInputStream(FileDescriptor.in);
    private static Path cwd = Path.of("").toAbsolutePath();

    static Path cwd() {
        return cwd;
    }

    private static Path path(GoString name) {
        return cwd.resolve(name.toString());
    }

    static Object stdfd(long n) {
        return new Std((int) n);
    }

    static int errno(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> ENOENT;
            case FileAlreadyExistsException x -> EEXIST;
            case AccessDeniedException x -> EACCES;
            case DirectoryNotEmptyException x -> ENOTEMPTY;
            case NotDirectoryException x -> ENOTDIR;
            case FileSystemException x when String.valueOf(x.getReason()).contains("Is a directory") -> EISDIR;
            case FileSystemException x when String.valueOf(x.getReason()).contains("Not a directory") -> ENOTDIR;
            default -> EIO;
        };
    }

    /** Bytes read, -1 at end of file, or -(errno+1). */
    static long read(Object fd, ByteSlice b) {
        try {
            if (fd instanceof Std s) {
                if (s.fd != 0) {
                    return -(EBADF + 1);
                }
                Stdout.flush();
                int n = STDIN.read(b.array, b.off, b.len);
                return n < 0 ? -1 : n;
            }
            int n = ((FileChannel) fd).read(ByteBuffer.wrap(b.array, b.off, b.len));
            return n < 0 ? -1 : n;
        } catch (IOException e) {
            return -(errno(e) + 1);
        }
    }

    static long readAt(Object fd, ByteSlice b, long off) {
        if (!(fd instanceof FileChannel ch)) {
            return -(EINVAL + 1);
        }
        try {
            int n = ch.read(ByteBuffer.wrap(b.array, b.off, b.len), off);
            return n < 0 ? -1 : n;
        } catch (IOException e) {
            return -(errno(e) + 1);
        }
    }

    static long write(Object fd, ByteSlice b) {
        if (b == null || b.len == 0) {
            return 0;
        }
        if (fd instanceof Std s) {
            switch (s.fd) {
                case 1 -> Stdout.write(b.array, b.off, b.len);
                case 2 -> Stderr.write(b.array, b.off, b.len);
                default -> {
                    return EBADF;
                }
            }
            return 0;
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(b.array, b.off, b.len);
            while (buf.hasRemaining()) {
                ((FileChannel) fd).write(buf);
            }
            return 0;
        } catch (java.nio.channels.NonWritableChannelException e) {
            return EBADF;
        } catch (IOException e) {
            return errno(e);
        }
    }

    static long seek(Object fd, long offset, long whence) {
        if (!(fd instanceof FileChannel ch)) {
            return -29;
        }
        try {
            long base = whence == 0 ? 0 : whence == 1 ? ch.position() : ch.size();
            long pos = base + offset;
            if (pos < 0 || whence < 0 || whence > 2) {
                return -EINVAL;
            }
            ch.position(pos);
            return pos;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    static void close(Object fd) {
        if (fd instanceof FileChannel ch) {
            try {
                ch.close();
            } catch (IOException e) {
                // Go reports close errors rarely; nothing useful to do with one here
            }
        }
    }

    static T_LJ open(GoString name, long flag, int perm) {
        Path p = path(name);
        Set<OpenOption> opts = new HashSet<>();
        int acc = (int) (flag & 3);
        if (acc == 0 || acc == 2) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == 1 || acc == 2) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flag & 0x400) != 0) {
            opts.add(StandardOpenOption.APPEND);
            opts.remove(StandardOpenOption.WRITE);
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flag & 0x40) != 0) {
            opts.add((flag & 0x80) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flag & 0x200) != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            if (java.nio.file.Files.isDirectory(p)) {
                if (acc != 0) {
                    return new T_LJ(null, EISDIR);
                }
                return new T_LJ(new Std(-1), 0);
            }
            boolean existed = java.nio.file.Files.exists(p);
            FileChannel ch = FileChannel.open(p, opts);
            if (!existed && (flag & 0x40) != 0) {
                setPerm(p, perm & ~022);
            }
            return new T_LJ(ch, 0);
        } catch (IOException e) {
            return new T_LJ(null, errno(e));
        }
    }

    private static void setPerm(Path p, int perm) {
        try {
            java.nio.file.Files.setPosixFilePermissions(p, perms(perm));
        } catch (IOException | UnsupportedOperationException e) {
            // permissions are best effort, as umask makes them anyway
        }
    }

    private static Set<PosixFilePermission> perms(int perm) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((perm & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }

    static T_LJ readAll(Object fd) {
        try {
            if (fd instanceof FileChannel ch) {
                long size = ch.size() - ch.position();
                byte[] data = new byte[(int) Math.max(size, 0)];
                ByteBuffer buf = ByteBuffer.wrap(data);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // keep reading until the size seen at the start is in
                }
                byte[] more = java.nio.channels.Channels.newInputStream(ch).readAllBytes();
                if (more.length > 0) {
                    byte[] all = java.util.Arrays.copyOf(data, buf.position() + more.length);
                    System.arraycopy(more, 0, all, buf.position(), more.length);
                    data = all;
                } else if (buf.position() < data.length) {
                    data = java.util.Arrays.copyOf(data, buf.position());
                }
                return new T_LJ(ByteSlice.of(data), 0);
            }
            if (fd instanceof Std s && s.fd == 0) {
                return new T_LJ(ByteSlice.of(STDIN.readAllBytes()), 0);
            }
            return new T_LJ(null, EISDIR);
        } catch (IOException e) {
            return new T_LJ(null, errno(e));
        }
    }

    static long remove(GoString name) {
        try {
            java.nio.file.Files.delete(path(name));
            return 0;
        } catch (IOException e) {
            return errno(e);
        }
    }

    static long removeAll(GoString name) {
        Path root = path(name);
        if (!java.nio.file.Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (Stream<Path> walk = java.nio.file.Files.walk(root)) {
            List<Path> all = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                java.nio.file.Files.deleteIfExists(p);
            }
            return 0;
        } catch (IOException e) {
            return errno(e);
        }
    }

    static long rename(GoString a, GoString b) {
        try {
            java.nio.file.Files.move(path(a), path(b), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return 0;
        } catch (IOException e) {
            return errno(e);
        }
    }

    static long mkdir(GoString name, int perm, boolean all) {
        Path p = path(name);
        try {
            if (all) {
                if (java.nio.file.Files.isDirectory(p)) {
                    return 0;
                }
                java.nio.file.Files.createDirectories(p);
            } else {
                java.nio.file.Files.createDirectory(p);
            }
            setPerm(p, perm & ~022);
            return 0;
        } catch (IOException e) {
            return errno(e);
        }
    }

    static long chdir(GoString dir) {
        Path p = path(dir);
        if (!java.nio.file.Files.exists(p)) {
            return ENOENT;
        }
        if (!java.nio.file.Files.isDirectory(p)) {
            return ENOTDIR;
        }
        cwd = p.normalize();
        return 0;
    }

    static T_LJ temp(GoString dir, GoString pattern, boolean directory) {
        String pat = pattern.toString();
        int star = pat.lastIndexOf('*');
        String prefix = star >= 0 ? pat.substring(0, star) : pat;
        String suffix = star >= 0 ? pat.substring(star + 1) : "";
        try {
            Path d = path(dir);
            Path p = directory ? java.nio.file.Files.createTempDirectory(d, prefix)
                    : java.nio.file.Files.createTempFile(d, prefix, suffix);
            return new T_LJ(GoString.of(p.toString()), 0);
        } catch (IOException e) {
            return new T_LJ(GoString.EMPTY, errno(e));
        }
    }

    static T_JIJJ stat(GoString name, boolean follow) {
        Path p = path(name);
        try {
            LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            PosixFileAttributes a = java.nio.file.Files.readAttributes(p, PosixFileAttributes.class, opts);
            return new T_JIJJ(a.size(), mode(a), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), 0);
        } catch (IOException e) {
            return new T_JIJJ(0, 0, 0, errno(e));
        }
    }

    private static int mode(PosixFileAttributes a) {
        int m = 0;
        int bit = 8;
        for (PosixFilePermission x : new PosixFilePermission[] {
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE}) {
            if (a.permissions().contains(x)) {
                m |= 1 << bit;
            }
            bit--;
        }
        if (a.isDirectory()) {
            m |= 1 << 31;
        } else if (a.isSymbolicLink()) {
            m |= 1 << 27;
        } else if (a.isOther()) {
            m |= 1 << 19;
        }
        return m;
    }

    static T_LLJ readDir(GoString name) {
        Path p = path(name);
        try (Stream<Path> s = java.nio.file.Files.list(p)) {
            List<String> names = new ArrayList<>(s.map(x -> x.getFileName().toString()).toList());
            java.util.Collections.sort(names, (x, y) -> GoString.compare(GoString.of(x), GoString.of(y)));
            Object[] ns = new Object[names.size()];
            int[] modes = new int[names.size()];
            for (int i = 0; i < ns.length; i++) {
                ns[i] = GoString.of(names.get(i));
                try {
                    modes[i] = mode(java.nio.file.Files.readAttributes(p.resolve(names.get(i)),
                            PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                } catch (IOException e) {
                    modes[i] = 0;
                }
            }
            return new T_LLJ(gojc.runtime.slice.Slice.of(ns), gojc.runtime.slice.IntSlice.of(modes), 0);
        } catch (IOException e) {
            return new T_LLJ(null, null, errno(e));
        }
    }
}
