package gojc.frontend.check;

import gojc.frontend.ast.File;
import gojc.frontend.ast.Spec;
import gojc.frontend.diag.Diagnostics;
import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TPackage;
import gojc.frontend.tree.TProgram;
import gojc.frontend.types.Func;
import gojc.frontend.types.Obj;
import gojc.frontend.types.Package;
import gojc.frontend.types.Scope;
import gojc.frontend.types.Universe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The checker's entry point: checks package main and, depth first, every package it imports
 * (each once, import cycles reported), producing the packages in dependency order, main last.
 */
public final class Checker {
    final Diagnostics diags;
    final String lang;
    final Scope universe;
    private final Importer importer;
    private final Map<String, Package> done = new HashMap<>();
    private final LinkedHashSet<String> inProgress = new LinkedHashSet<>();
    private final List<TPackage> order = new ArrayList<>();
    /** Checkers of finished packages, kept so other packages can instantiate their generics. */
    private final Map<String, PkgChecker> checkers = new HashMap<>();

    private Checker(Importer importer, String lang, Diagnostics diags) {
        this.importer = importer;
        this.lang = lang == null ? "go1.19" : lang;
        this.diags = diags;
        this.universe = Universe.scope(this.lang);
    }

    /** Checks a program; null if there were errors (they are in diags). */
    public static TProgram checkProgram(List<File> mainFiles, Importer importer, String lang, Diagnostics diags) {
        Checker c = new Checker(importer, lang, diags);
        try {
            String name = mainFiles.isEmpty() ? "main" : mainFiles.get(0).packageName().name();
            Package main = c.checkPackage("main", name, mainFiles);
            c.drainInstances();
            if (main != null && !name.equals("main")) {
                diags.error(Pos.NONE, "package command-line-arguments is not a main package");
            } else if (main != null) {
                Obj m = main.scope().lookupLocal("main");
                if (!(m instanceof Func)) {
                    Pos p = mainFiles.isEmpty() ? Pos.NONE : mainFiles.get(0).pos();
                    // gc's linker reports it, naming the runtime's reference to main.main
                    diags.error(new Pos(p.file(), 0, 0),
                            "runtime.main_main\u00b7f: function main is undeclared in the main package");
                }
            }
        } catch (StackOverflowError e) {
            diags.error(Pos.NONE, "internal compiler error: declarations nested too deeply");
        }
        if (diags.hasErrors()) return null;
        return new TProgram(c.order);
    }

    /** The package at path, checked on first request; null if it cannot be loaded. */
    Package importPackage(String path, Pos at) {
        Package p = done.get(path);
        if (p != null) return p;
        if (inProgress.contains(path)) {
            diags.error(at, "import cycle not allowed");
            return null;
        }
        List<File> files = importer == null ? null : importer.load(path);
        if (files == null) {
            diags.error(at, "package " + path + " is not in gojc's standard library");
            return null;
        }
        String name = files.isEmpty() ? path.substring(path.lastIndexOf('/') + 1) : files.get(0).packageName().name();
        return checkPackage(path, name, files);
    }

    private Package checkPackage(String path, String name, List<File> files) {
        inProgress.add(path);
        for (File f : files) {
            for (Spec.Import imp : f.imports()) {
                if (!imp.path().equals("unsafe")) importPackage(imp.path(), imp.pos());
            }
        }
        PkgChecker pc = new PkgChecker(this, path, name, files);
        TPackage tp;
        try {
            gojc.frontend.types.TypeStrings.setLocalPackage(path);
            tp = pc.check();
        } finally {
            gojc.frontend.types.TypeStrings.setLocalPackage(null);
        }
        inProgress.remove(path);
        checkers.put(path, pc);
        done.put(path, pc.pkg);
        order.add(tp);
        return pc.pkg;
    }

    /** The generics of package path (its checker may still be running); null if unknown. */
    Generics generics(String path, PkgChecker asking) {
        if (path.equals(asking.path)) return asking.generics;
        PkgChecker pc = checkers.get(path);
        return pc == null ? null : pc.generics;
    }

    /**
     * Checks the instance bodies other packages asked for (each in its defining package, whose
     * typed form receives them), until no package has any left.
     */
    private void drainInstances() {
        boolean more = true;
        while (more) {
            more = false;
            for (PkgChecker pc : checkers.values()) {
                if (pc.generics.pendingBodies.isEmpty()) continue;
                more = true;
                try {
                    gojc.frontend.types.TypeStrings.setLocalPackage(pc.path);
                    pc.generics.checkPendingBodies(pc.funcs);
                } finally {
                    gojc.frontend.types.TypeStrings.setLocalPackage(null);
                }
            }
        }
    }

    Package loaded(String path) {
        return done.get(path);
    }
}
