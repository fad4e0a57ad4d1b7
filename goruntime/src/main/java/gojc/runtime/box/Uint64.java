// A boxed Go uint64 in an interface value: its own class so that the dynamic type stays exact
// (int and int64 are both long on the JVM but are different Go types).
package gojc.runtime.box;

public record Uint64(long v) {
    public static Uint64 valueOf(long v) {
        return new Uint64(v);
    }
}
