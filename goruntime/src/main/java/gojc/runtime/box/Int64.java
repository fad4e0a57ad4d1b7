// A boxed Go int64 in an interface value: its own class so that the dynamic type stays exact
// (int and int64 are both long on the JVM but are different Go types).
package gojc.runtime.box;

public record Int64(long v) {
    public static Int64 valueOf(long v) {
        return new Int64(v);
    }
}
