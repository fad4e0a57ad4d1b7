package gojc.compiler;

import java.nio.file.Path;
import java.util.List;

/**
 * What to compile: either .go files of one package, or one directory holding a package main.
 * lang is the language version ("go1.19").
 */
public record CompileRequest(List<Path> paths, String lang) {
    public static final String DEFAULT_LANG = "go1.19";
}
