package io.drillbook.core.drill;

/** Which part of a drill plan a step comes from. */
public enum StepKind { STEP, CHECK, CLEANUP }
