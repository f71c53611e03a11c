package io.drillbook.ui.calendar;

import io.drillbook.core.model.Release;

/** A save refused because someone else saved the release meanwhile: both versions, to show side by side. */
public record ConcurrentEdit(Release mine, Release theirs) {
}
