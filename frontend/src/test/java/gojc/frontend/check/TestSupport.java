package gojc.frontend.check;

import gojc.frontend.ast.File;
import gojc.frontend.diag.Diagnostics;
import gojc.frontend.syntax.Parser;
import gojc.frontend.tree.TProgram;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parsing and checking helpers shared by the checker tests; a small standard library from test resources. */
final class TestSupport {
    private TestSupport() {}

    static final Importer STDLIB = path -> {
        String dir = "/stdlib/" + path + "/";
        String name = path.substring(path.lastIndexOf('/') + 1) + ".go";
        try (InputStream in = TestSupport.class.getResourceAsStream(dir + name)) {
            if (in == null) return null;
            Diagnostics d = new Diagnostics();
            File f = Parser.parse(name, in.readAllBytes(), d);
            if (d.hasErrors()) throw new IllegalStateException("test stdlib " + path + ": " + d.render());
            List<File> files = new ArrayList<>();
            files.add(f);
            return files;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    };

    record Result(TProgram program, Diagnostics diags) {}

    static Result check(String src) {
        return check("x.go", src, "go1.19");
    }

    static Result check(String name, String src, String lang) {
        Diagnostics d = new Diagnostics();
        File f = Parser.parse(name, src.getBytes(StandardCharsets.UTF_8), d);
        if (d.hasErrors()) return new Result(null, d);
        TProgram p = Checker.checkProgram(List.of(f), STDLIB, lang, d);
        return new Result(p, d);
    }
}
