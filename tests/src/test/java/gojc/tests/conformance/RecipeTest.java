// Tests of the reading of test recipes and build constraints, on headers as Go's test suite writes them.
package gojc.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeTest {
    private static Recipe selected(String src) {
        return assertInstanceOf(Recipe.Selected.class, Recipe.parse(src)).recipe();
    }

    @Test
    void plainRun() {
        Recipe r = selected("// run\n\n// Copyright 2009\n\npackage main\n");
        assertEquals("run", r.action());
        assertTrue(r.isPlain());
    }

    @Test
    void flagsAndArguments() {
        Recipe r = selected("// errorcheck -0 -m -l\n\npackage p\n");
        assertEquals("errorcheck", r.action());
        assertEquals(List.of("-0", "-m", "-l"), r.flags());
        Recipe a = selected("// run arg1 arg2\n\npackage main\n");
        assertEquals(List.of("arg1", "arg2"), a.args());
        Recipe t = selected("// run -t 30 x.go\n\npackage main\n");
        assertEquals(List.of("-t", "30"), t.flags());
        assertEquals(List.of("x.go"), t.args());
    }

    @Test
    void quotedFlag() {
        Recipe r = selected("// run -gcflags=\"-l\"\n\npackage main\n");
        assertEquals(List.of("-gcflags=-l"), r.flags());
        assertEquals(List.of("a b", "c"), Recipe.splitQuoted(" 'a b'  c "));
    }

    @Test
    void plusBuildFirstLineIsNotTheRecipe() {
        Recipe r = selected("// +build amd64\n// run\n\npackage main\n");
        assertEquals("run", r.action());
        assertInstanceOf(Recipe.Skipped.class, Recipe.parse("// +build arm\n// run\n\npackage main\n"));
    }

    @Test
    void goBuildLineFirstIsAnUnknownAction() {
        // run.go only drops a first line holding "+build"; a lone //go:build first line is the action.
        assertEquals("go:build", selected("//go:build amd64\n// run\n\npackage main\n").action());
    }

    @Test
    void constraintsAfterTheRecipe() {
        assertInstanceOf(Recipe.Skipped.class, Recipe.parse("// run\n\n//go:build !linux\n\npackage main\n"));
        assertInstanceOf(Recipe.Selected.class, Recipe.parse("// run\n\n//go:build linux && amd64\n\npackage main\n"));
    }

    @Test
    void malformedHeaders() {
        assertInstanceOf(Recipe.Skipped.class, Recipe.parse("\n// run\n\npackage main\n"));
        assertInstanceOf(Recipe.Skipped.class, Recipe.parse("// run\npackage main\n"));
    }

    @Test
    void buildConstraints() {
        assertNull(BuildConstraint.firstUnmet("// +build amd64 arm"));
        assertNull(BuildConstraint.firstUnmet("// +build !windows,!plan9"));
        assertEquals("// +build !nacl,!js,!aix,!gcflags_noopt,!gc", BuildConstraint.firstUnmet("// +build !nacl,!js,!aix,!gcflags_noopt,!gc"));
        assertEquals("// +build amd64,goexperiment.regabiargs", BuildConstraint.firstUnmet("// +build amd64,goexperiment.regabiargs"));
        assertNull(BuildConstraint.firstUnmet("//go:build (386 || amd64 || arm64) && !gcflags_noopt"));
        assertEquals("//go:build !wasm && aix", BuildConstraint.firstUnmet("//go:build !wasm && aix"));
        assertNull(BuildConstraint.firstUnmet("// +build !windows\n// +build amd64"));
        assertEquals("// +build ignore", BuildConstraint.firstUnmet("// +build ignore"));
        // Lines after the package clause are not constraints.
        assertNull(BuildConstraint.firstUnmet("package main\n// +build ignore"));
    }
}
