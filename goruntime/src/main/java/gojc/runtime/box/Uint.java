// A boxed Go uint in an interface value: its own class so that the dynamic type stays exact
// (int and int64 are both long on the JVM but are different Go types).
package gojc.runtime.box;

public record Uint(long v) {
    public static Uint valueOf(long v) {
        return new Uint(v);
    }
}
