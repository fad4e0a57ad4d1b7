// Go-style wording for I/O failures: Go names the operation, the path, then the OS reason in
// lower case ("open out.jar: permission denied"); Java's exceptions carry the reason in the type.
package gojc.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Maps Java I/O exceptions to the reasons Go prints. */
final class Errors {
    private Errors() {}

    static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> "no such file or directory";
            case AccessDeniedException x -> "permission denied";
            case NotDirectoryException x -> "not a directory";
            case FileAlreadyExistsException x -> "file exists";
            case FileSystemException x when x.getReason() != null -> x.getReason().toLowerCase(java.util.Locale.ROOT);
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
