package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import dev.tidings.ui.view.HelpSection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The help's sections come from the bindings: every binding is listed, once. */
class KeyHelpTest {

  private static List<HelpSection.Entry> entries(List<HelpSection> sections) {
    return sections.stream().flatMap(section -> section.entries().stream()).toList();
  }

  private static HelpSection.Entry entry(KeyMap.Binding binding) {
    return new HelpSection.Entry(binding.keyLabels(), binding.action().description());
  }

  @Test
  void everyStandardBindingIsInTheHelpOnce() {
    KeyMap keys = KeyMap.standard();
    List<HelpSection.Entry> listed = entries(KeyHelp.sections(keys));

    assertThat(listed).containsExactlyInAnyOrderElementsOf(
        keys.bindings().stream().map(KeyHelpTest::entry).toList());
  }

  @Test
  void theStandardSectionsKeepTheirTitlesAndOrder() {
    assertThat(KeyHelp.sections(KeyMap.standard()))
        .extracting(HelpSection::title)
        .containsExactly(
            "Moving in a list",
            "Timeline and related stories",
            "Timeline",
            "Related stories",
            "Filter prompt",
            "Problems",
            "Marks",
            "Topic and provider lists",
            "Everywhere");
  }

  @Test
  void aBindingInContextsNoKnownSectionNamesGetsASectionOfItsOwnAfterThem() {
    List<KeyMap.Binding> bindings = new ArrayList<>(KeyMap.standard().bindings());
    KeyMap.Binding odd =
        new KeyMap.Binding(
            EnumSet.of(Context.FILTER, Context.TIMELINE),
            List.of(Key.of(KeyType.F5)),
            Action.RESCAN);
    bindings.add(0, odd);
    KeyMap keys = new KeyMap(bindings);

    List<HelpSection> sections = KeyHelp.sections(keys);

    assertThat(entries(sections)).contains(entry(odd)).hasSize(bindings.size());
    HelpSection last = sections.get(sections.size() - 1);
    assertThat(last.title()).isEqualTo("Timeline and filter prompt");
    assertThat(last.entries()).containsExactly(new HelpSection.Entry("F5", "rescan the corpus"));
  }
}
