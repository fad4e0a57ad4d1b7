// A boxed Go uint16 in an interface value: its own class so that the dynamic type stays exact
// (int and int64 are both long on the JVM but are different Go types).
package gojc.runtime.box;

public record Uint16(int v) {
    public static Uint16 valueOf(int v) {
        return new Uint16(v);
    }
}
