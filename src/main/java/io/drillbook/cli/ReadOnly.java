package io.drillbook.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a headless command that only reads (and may write files outside the workspace, such as an
 * export): {@link CommandAccess} lets any role run it. The opposite of {@link Mutates}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadOnly {
}
