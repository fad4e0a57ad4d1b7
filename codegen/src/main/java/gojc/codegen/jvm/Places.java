// This file implements assignable places (Go's addressable operands and the blank identifier) with
// one load/store protocol, as javac's Items do: locals, locals living in cells, package variables,
// array and slice elements. Operands of a place (the slice, the index) are evaluated once, into
// temporaries, when the place is made; so x op= y and parallel assignment are written once.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import org.objectweb.asm.MethodVisitor;

final class Places {
    private final FuncGen fg;

    Places(FuncGen fg) {
        this.fg = fg;
    }

    sealed interface Place {
        /** Pushes the current value. */
        void load();

        /** Stores the value that value emits (evaluated after the place's operands). */
        void store(Runnable value);
    }

    /** The place lhs denotes; null (the blank identifier) gives a place that discards. */
    Place of(TExpr lhs, Type valueType) {
        MethodVisitor mv = fg.mv;
        return switch (lhs) {
            case null -> new Blank(valueType);
            case TExpr.VarRef v -> ofVar(v.var());
            case TExpr.Index ix when ix.x().type().underlying() instanceof Type.Slice s -> {
                int sl = fg.temp(ix.x());
                int il = fg.tempLong(ix.index());
                yield new SliceElem(sl, il, s.elem());
            }
            case TExpr.Index ix when ix.x().type().underlying() instanceof Type.Array a -> {
                fg.expr.gen(ix.x());
                int al = fg.newSlot('L');
                mv.visitVarInsn(ASTORE, al);
                fg.expr.gen(ix.index());
                Emit.toLong(mv, ix.index().type());
                mv.visitVarInsn(ALOAD, al);
                mv.visitInsn(ARRAYLENGTH);
                fg.expr.checkIndex();
                int il = fg.newSlot('I');
                mv.visitVarInsn(ISTORE, il);
                yield new ArrayElem(al, il, a.elem());
            }
            default -> throw fg.unsupported(lhs.pos(), "assignment to " + lhs.getClass().getSimpleName());
        };
    }

    Place ofVar(Var v) {
        if (v.kind() == Var.Kind.PACKAGE) return new Static(v);
        Integer slot = fg.slots.get(v);
        if (slot == null) throw new IllegalStateException("variable " + v.name() + " has no slot");
        if (v.inCell()) return new Cell(slot, v.type());
        return new Local(slot, v.type());
    }

    final class Blank implements Place {
        private final Type type;

        Blank(Type type) {
            this.type = type;
        }

        @Override public void load() {
            throw new IllegalStateException("load of _");
        }

        @Override public void store(Runnable value) {
            value.run();
            Insns.pop(fg.mv, JvmTypes.kind(type));
        }
    }

    final class Local implements Place {
        private final int slot;
        private final char kind;

        Local(int slot, Type type) {
            this.slot = slot;
            this.kind = JvmTypes.kind(type);
        }

        @Override public void load() {
            fg.mv.visitVarInsn(Insns.load(kind), slot);
        }

        @Override public void store(Runnable value) {
            value.run();
            fg.mv.visitVarInsn(Insns.store(kind), slot);
        }
    }

    final class Cell implements Place {
        private final int slot;
        private final char kind;

        Cell(int slot, Type type) {
            this.slot = slot;
            this.kind = JvmTypes.desc(type).charAt(0);
        }

        @Override public void load() {
            fg.mv.visitVarInsn(ALOAD, slot);
            fg.mv.visitInsn(ICONST_0);
            fg.mv.visitInsn(Insns.aload(kind));
        }

        @Override public void store(Runnable value) {
            fg.mv.visitVarInsn(ALOAD, slot);
            fg.mv.visitInsn(ICONST_0);
            value.run();
            fg.mv.visitInsn(Insns.astore(kind));
        }
    }

    final class Static implements Place {
        private final Var v;

        Static(Var v) {
            this.v = v;
        }

        @Override public void load() {
            fg.mv.visitFieldInsn(GETSTATIC, JvmTypes.packageClass(v.pkg()), v.name(), JvmTypes.storageDesc(v.type()));
            if (JvmTypes.basic(v.type()) == BasicKind.UINT8) Emit.narrow(fg.mv, v.type());
        }

        @Override public void store(Runnable value) {
            value.run();
            fg.mv.visitFieldInsn(PUTSTATIC, JvmTypes.packageClass(v.pkg()), v.name(), JvmTypes.storageDesc(v.type()));
        }
    }

    final class SliceElem implements Place {
        private final int sliceSlot;
        private final int indexSlot;
        private final Type elem;

        SliceElem(int sliceSlot, int indexSlot, Type elem) {
            this.sliceSlot = sliceSlot;
            this.indexSlot = indexSlot;
            this.elem = elem;
        }

        @Override public void load() {
            fg.mv.visitVarInsn(ALOAD, sliceSlot);
            fg.mv.visitVarInsn(LLOAD, indexSlot);
            fg.expr.sliceGet(elem);
        }

        @Override public void store(Runnable value) {
            String cls = JvmTypes.sliceClass(elem);
            fg.mv.visitVarInsn(ALOAD, sliceSlot);
            fg.mv.visitVarInsn(LLOAD, indexSlot);
            value.run();
            fg.mv.visitMethodInsn(INVOKESTATIC, cls, "set",
                    "(L" + cls + ";J" + JvmTypes.sliceElemDesc(elem) + ")V", false);
        }
    }

    final class ArrayElem implements Place {
        private final int arraySlot;
        private final int indexSlot;
        private final Type elem;

        ArrayElem(int arraySlot, int indexSlot, Type elem) {
            this.arraySlot = arraySlot;
            this.indexSlot = indexSlot;
            this.elem = elem;
        }

        @Override public void load() {
            fg.mv.visitVarInsn(ALOAD, arraySlot);
            fg.mv.visitVarInsn(ILOAD, indexSlot);
            fg.mv.visitInsn(Insns.aload(JvmTypes.storageDesc(elem).charAt(0)));
            if (JvmTypes.basic(elem) == BasicKind.UINT8) Emit.narrow(fg.mv, elem);
        }

        @Override public void store(Runnable value) {
            fg.mv.visitVarInsn(ALOAD, arraySlot);
            fg.mv.visitVarInsn(ILOAD, indexSlot);
            value.run();
            fg.mv.visitInsn(Insns.astore(JvmTypes.storageDesc(elem).charAt(0)));
        }
    }
}
