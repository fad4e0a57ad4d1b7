// A boxed Go uintptr in an interface value: its own class so that the dynamic type stays exact
// (int and int64 are both long on the JVM but are different Go types).
package gojc.runtime.box;

public record Uintptr(long v) {
    public static Uintptr valueOf(long v) {
        return new Uintptr(v);
    }
}
