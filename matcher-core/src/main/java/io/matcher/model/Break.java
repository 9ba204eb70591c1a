package io.matcher.model;

import java.time.LocalTime;

/** A pause inside the session in which no slot is generated. */
public record Break(LocalTime start, LocalTime end) {}
