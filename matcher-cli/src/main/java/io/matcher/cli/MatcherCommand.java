package io.matcher.cli;

public final class MatcherCommand { public static void main(String[] a) { } }
