package gojc.frontend.check;

import gojc.frontend.ast.File;
import java.util.List;

/** Supplies the parsed files of standard-library packages to the checker. */
public interface Importer {
    /** The parsed files of the package, or null if gojc has no such package. */
    List<File> load(String importPath);
}
