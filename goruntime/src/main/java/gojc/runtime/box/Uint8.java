// A boxed Go uint8 in an interface value: its own class so that the dynamic type stays exact
// (int and int64 are both long on the JVM but are different Go types).
package gojc.runtime.box;

public record Uint8(int v) {
    public static Uint8 valueOf(int v) {
        return new Uint8(v);
    }
}
