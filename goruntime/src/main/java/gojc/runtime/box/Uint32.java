// A boxed Go uint32 in an interface value: its own class so that the dynamic type stays exact
// (int and int64 are both long on the JVM but are different Go types).
package gojc.runtime.box;

public record Uint32(int v) {
    public static Uint32 valueOf(int v) {
        return new Uint32(v);
    }
}
