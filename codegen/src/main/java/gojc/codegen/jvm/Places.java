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

    /**
     * The place lhs denotes; null (the blank identifier) gives a place that discards. A struct
     * location owns its object for its lifetime (so &x stays valid): storing a struct copies the
     * value into that object.
     */
    Place of(TExpr lhs, Type valueType) {
        Place p = raw(lhs, valueType);
        if (lhs != null && JvmTypes.isStruct(lhs.type()) && !(p instanceof SliceElem) && !(p instanceof MapElem)) {
            return new InPlace(p, JvmTypes.structClass(lhs.type()));
        }
        return p;
    }

    private Place raw(TExpr lhs, Type valueType) {
        MethodVisitor mv = fg.mv;
        return switch (lhs) {
            case TExpr.MapIndex m -> MapGen.place(fg, m);
            case TExpr.Field f -> {
                int obj = fg.temp(f.x());
                Type.Struct st = (Type.Struct) f.x().type().underlying();
                int i = StructGen.fieldIndex(st, f.field().name());
                yield new FieldPlace(obj, JvmTypes.structClass(f.x().type()), JvmTypes.fieldName(st, i), f.type());
            }
            case TExpr.Deref d when JvmTypes.isStruct(d.type()) -> {
                int obj = fg.temp(d.x());
                yield new Whole(obj);
            }
            case TExpr.Deref d -> {
                int ptr = fg.temp(d.x());
                yield new MapElem(() -> {
                    mv.visitVarInsn(ALOAD, ptr);
                    PointerGen.load(fg, d.type());
                }, value -> {
                    mv.visitVarInsn(ALOAD, ptr);
                    value.run();
                    PointerGen.store(fg, d.type());
                });
            }
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

    /** m[k]: load reads (zero when absent), store puts. */
    final class MapElem implements Place {
        private final Runnable load;
        private final java.util.function.Consumer<Runnable> store;

        MapElem(Runnable load, java.util.function.Consumer<Runnable> store) {
            this.load = load;
            this.store = store;
        }

        @Override public void load() {
            load.run();
        }

        @Override public void store(Runnable value) {
            store.accept(value);
        }
    }

    /** *p of a struct pointer: the object itself (stores go through InPlace). */
    final class Whole implements Place {
        private final int slot;

        Whole(int slot) {
            this.slot = slot;
        }

        @Override public void load() {
            fg.mv.visitVarInsn(ALOAD, slot);
        }

        @Override public void store(Runnable value) {
            throw new IllegalStateException("whole-struct store without InPlace");
        }
    }

    /** A struct-typed location: a store copies the value into the location's own object. */
    final class InPlace implements Place {
        private final Place inner;
        private final String cls;

        InPlace(Place inner, String cls) {
            this.inner = inner;
            this.cls = cls;
        }

        @Override public void load() {
            inner.load();
        }

        @Override public void store(Runnable value) {
            if (inner instanceof Blank) {
                inner.store(value);
                return;
            }
            inner.load();
            value.run();
            fg.mv.visitMethodInsn(INVOKEVIRTUAL, cls, "$set", "(L" + cls + ";)V", false);
        }
    }

    final class FieldPlace implements Place {
        private final int obj;
        private final String owner;
        private final String name;
        private final Type type;

        FieldPlace(int obj, String owner, String name, Type type) {
            this.obj = obj;
            this.owner = owner;
            this.name = name;
            this.type = type;
        }

        @Override public void load() {
            fg.mv.visitVarInsn(ALOAD, obj);
            fg.mv.visitFieldInsn(GETFIELD, owner, name, JvmTypes.storageDesc(type));
            if (JvmTypes.basic(type) == BasicKind.UINT8) Emit.narrow(fg.mv, type);
        }

        @Override public void store(Runnable value) {
            fg.mv.visitVarInsn(ALOAD, obj);
            value.run();
            fg.mv.visitFieldInsn(PUTFIELD, owner, name, JvmTypes.storageDesc(type));
        }
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
