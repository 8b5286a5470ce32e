package dev.tidings.ui;

import dev.tidings.browse.Context;
import dev.tidings.ui.view.HelpSection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The help overlay's sections, derived from the bindings of a {@link KeyMap} so that the help lists
 * every key that works: one section per set of contexts a binding applies in. The sets tidings
 * has had from the start keep their titles and their order; a binding in any other set gets a
 * section of its own after them, titled by its contexts.
 */
final class KeyHelp {

  /** The titles of the known sets of contexts, in the order the help shows them. */
  private static final Map<Set<Context>, String> TITLES = new LinkedHashMap<>();

  static {
    TITLES.put(KeyMap.MOVING, "Moving in a list");
    TITLES.put(KeyMap.LISTS, "Timeline and related stories");
    TITLES.put(EnumSet.of(Context.TIMELINE), "Timeline");
    TITLES.put(EnumSet.of(Context.RELATED), "Related stories");
    TITLES.put(EnumSet.of(Context.FILTER), "Filter prompt");
    TITLES.put(EnumSet.of(Context.PROBLEMS), "Problems");
    TITLES.put(EnumSet.of(Context.MARKS), "Marks");
    TITLES.put(EnumSet.of(Context.FACETS), "Topic and provider lists");
    TITLES.put(EnumSet.allOf(Context.class), "Everywhere");
  }

  private KeyHelp() {}

  /**
   * @param keyMap the keys; never null
   * @return a section for each set of contexts that has bindings, each binding once, in the order
   *     the key map declares them; never null
   */
  static List<HelpSection> sections(KeyMap keyMap) {
    Map<Set<Context>, List<HelpSection.Entry>> bySet = new LinkedHashMap<>();
    for (KeyMap.Binding binding : keyMap.bindings()) {
      bySet
          .computeIfAbsent(binding.contexts(), contexts -> new ArrayList<>())
          .add(new HelpSection.Entry(binding.keyLabels(), binding.action().description()));
    }
    List<HelpSection> sections = new ArrayList<>();
    for (Map.Entry<Set<Context>, String> known : TITLES.entrySet()) {
      List<HelpSection.Entry> entries = bySet.remove(known.getKey());
      if (entries != null) {
        sections.add(new HelpSection(known.getValue(), entries));
      }
    }
    for (Map.Entry<Set<Context>, List<HelpSection.Entry>> other : bySet.entrySet()) {
      sections.add(new HelpSection(title(other.getKey()), other.getValue()));
    }
    return sections;
  }

  /** A title for a set no known title names: its contexts, such as {@code Timeline and filter}. */
  private static String title(Set<Context> contexts) {
    List<String> names = new ArrayList<>();
    for (Context context : Context.values()) {
      if (contexts.contains(context)) {
        names.add(name(context));
      }
    }
    String joined =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
  }

  private static String name(Context context) {
    return switch (context) {
      case TIMELINE -> "timeline";
      case RELATED -> "related stories";
      case FILTER -> "filter prompt";
      case HELP -> "help";
      case PROBLEMS -> "problems";
      case MARKS -> "marks";
      case FACETS -> "topic and provider lists";
    };
  }
}
