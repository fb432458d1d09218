package org.communityprevention.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project. Generated {@code ImmutableX} classes stay package-private; each value
 * type exposes a public nested {@code Builder} and static factories instead, so the generated code never becomes
 * public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    allParameters = false,
    redactedMask = "***")
public @interface ValueStyle {}
