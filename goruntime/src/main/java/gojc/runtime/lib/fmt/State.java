// fmt.State, as Go's pp offers it to a Formatter: the flags, width and precision of the verb being
// formatted, and Write into the printer's buffer.
package gojc.runtime.lib.fmt;

import gojc.runtime.iface.M_Flag_J_Z;
import gojc.runtime.iface.M_Precision__JZ;
import gojc.runtime.iface.M_Width__JZ;
import gojc.runtime.iface.M_Write_L_JL;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.tuple.T_JL;
import gojc.runtime.tuple.T_JZ;

final class State implements M_Write_L_JL, M_Width__JZ, M_Precision__JZ, M_Flag_J_Z {
    private final Printer p;

    State(Printer p) {
        this.p = p;
    }

    @Override
    public T_JL Write(Object b) {
        ByteSlice s = (ByteSlice) b;
        if (s == null) {
            return new T_JL(0, null);
        }
        p.buf.add(s.array, s.off, s.len);
        return new T_JL(s.len, null);
    }

    @Override
    public T_JZ Width() {
        return new T_JZ(p.f.wid, p.f.widPresent);
    }

    @Override
    public T_JZ Precision() {
        return new T_JZ(p.f.prec, p.f.precPresent);
    }

    @Override
    public boolean Flag(long c) {
        Format f = p.f;
        return switch ((int) c) {
            case '-' -> f.minus;
            case '+' -> f.plus || f.plusV;
            case '#' -> f.sharp || f.sharpV;
            case ' ' -> f.space;
            case '0' -> f.zero;
            default -> false;
        };
    }
}
