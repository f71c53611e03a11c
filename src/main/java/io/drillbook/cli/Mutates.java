package io.drillbook.cli;

import io.drillbook.core.team.Action;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a headless command (a class, or a method subcommand) that changes the workspace or its
 * evidence: {@link CommandAccess} checks that the operator may do {@link #value()} before the
 * command runs, and refuses (recording {@code access.denied}) otherwise. Every command is either
 * {@code @Mutates} or {@link ReadOnly}; an unmarked command is refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Mutates {
    Action value();
}
