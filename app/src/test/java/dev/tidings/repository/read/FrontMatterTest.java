package dev.tidings.repository.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void extractsTheLinesBetweenTheMarkers() throws Exception {
    assertThat(FrontMatter.extract("---\ntitle: a\nexcerpt: b\n---\nbody\n---\nmore"))
        .isEqualTo("title: a\nexcerpt: b\n");
  }

  @Test
  void acceptsCrLfTrailingSpacesAByteOrderMarkAndTheDocumentEndMarker() throws Exception {
    assertThat(FrontMatter.extract("\uFEFF--- \r\ntitle: a\r\n...\r\nbody"))
        .isEqualTo("title: a\r\n");
  }

  @Test
  void anEmptyBlockIsEmpty() throws Exception {
    assertThat(FrontMatter.extract("---\n---\n")).isEmpty();
  }

  @Test
  void aBlockClosedAtTheEndOfTheFileWithoutNewlineCounts() throws Exception {
    assertThat(FrontMatter.extract("---\ntitle: a\n---")).isEqualTo("title: a\n");
  }

  @Test
  void refusesAFileWithoutFrontMatter() {
    assertThatThrownBy(() -> FrontMatter.extract("# A heading\n---\ntitle: a\n---\n"))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageContaining("no front matter");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> FrontMatter.extract(""))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageContaining("no front matter");
  }

  @Test
  void refusesABlockThatIsNeverClosed() {
    assertThatThrownBy(() -> FrontMatter.extract("---\ntitle: a\n----\n"))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageContaining("never closed");
  }
}
