package dev.tidings.ui.view;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the views need besides the state and the size: the zone dates are shown in, the clock that
 * says which year is the current one (lists leave it out of dates), how the terminal draws, and
 * the directories and files given, which the problems view writes paths relative to.
 *
 * @param zone the zone dates are shown in; never null
 * @param clock the time now, for the current year; never null
 * @param appearance colours and glyphs; never null
 * @param roots the directories and files given on the command line; never null, copied
 */
public record ViewSettings(ZoneId zone, Clock clock, Appearance appearance, List<Path> roots) {

  /** @throws NullPointerException if a part is null */
  public ViewSettings {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(appearance, "appearance");
    roots = List.copyOf(roots);
  }

  /**
   * @param zone the zone dates are shown in; never null
   * @return settings with the system clock, {@link Appearance#DEFAULT} and no roots (paths are
   *     written relative to the working directory)
   */
  public static ViewSettings of(ZoneId zone) {
    return new ViewSettings(zone, Clock.systemUTC(), Appearance.DEFAULT, List.of());
  }
}
