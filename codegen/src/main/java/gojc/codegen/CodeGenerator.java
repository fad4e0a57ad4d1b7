// The code generator's entry point: a checked program in, JVM class files out, as docs/abi.md
// lays them out. Packages are generated dependencies first; support classes (tuples, function
// interfaces) the runtime lacks are emitted last, once every use is known.
package gojc.codegen;

import gojc.codegen.jvm.PackageGen;
import gojc.codegen.jvm.ProgramGen;
import gojc.frontend.tree.TPackage;
import gojc.frontend.tree.TProgram;
import java.util.List;

public final class CodeGenerator {
    private CodeGenerator() {}

    public static GeneratedProgram generate(TProgram program) {
        ProgramGen prog = new ProgramGen(CodeGenerator.class.getClassLoader());
        List<TPackage> pkgs = program.packages();
        for (int i = 0; i < pkgs.size(); i++) new PackageGen(prog, pkgs.get(i), pkgs.subList(0, i)).generate();
        prog.finish();
        return new GeneratedProgram(prog.classes(), "main.$Package");
    }
}
