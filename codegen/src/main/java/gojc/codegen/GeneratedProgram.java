// The code generator's output: class files by internal name, and the class holding main(String[]).
package gojc.codegen;

import java.util.Map;

public record GeneratedProgram(Map<String, byte[]> classes, String mainClass) {}
