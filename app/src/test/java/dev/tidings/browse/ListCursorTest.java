package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListCursorTest {

  private static ListCursor cursor(int size, int rows) {
    ListCursor cursor = new ListCursor();
    cursor.resize(size);
    cursor.setRows(rows);
    return cursor;
  }

  @Test
  void scrollsOnlyWhenTheCursorLeavesTheViewport() {
    ListCursor cursor = cursor(20, 5);
    cursor.move(4);
    assertThat(cursor.top()).isZero();
    cursor.move(1);
    assertThat(cursor.top()).isEqualTo(1);
    cursor.moveTo(0);
    assertThat(cursor.top()).isZero();
  }

  @Test
  void anEmptyListKeepsTheCursorAtZero() {
    ListCursor cursor = cursor(0, 5);
    cursor.move(3);
    cursor.scroll(-7);
    assertThat(cursor.cursor()).isZero();
    assertThat(cursor.top()).isZero();
    assertThat(cursor.size()).isZero();
  }

  @Test
  void shrinkingTheListPullsTheCursorInside() {
    ListCursor cursor = cursor(20, 5);
    cursor.moveTo(19);
    cursor.resize(3);
    assertThat(cursor.cursor()).isEqualTo(2);
    assertThat(cursor.top()).isZero();
  }

  @Test
  void aSmallerViewportKeepsTheCursorVisible() {
    ListCursor cursor = cursor(20, 10);
    cursor.moveTo(9);
    cursor.setRows(3);
    assertThat(cursor.top()).isEqualTo(7);
  }

  @Test
  void scrollingPastTheEndStopsAtTheLastPage() {
    ListCursor cursor = cursor(12, 5);
    cursor.scroll(5);
    cursor.scroll(5);
    assertThat(cursor.cursor()).isEqualTo(10);
    assertThat(cursor.top()).isEqualTo(7);
    cursor.scroll(5);
    assertThat(cursor.cursor()).isEqualTo(11);
  }

  @Test
  void onlyTheMovingActionsMoveItAndPagesGoByTheViewport() {
    ListCursor cursor = cursor(20, 6);
    assertThat(cursor.apply(Action.PAGE_DOWN)).isTrue();
    assertThat(cursor.cursor()).isEqualTo(6);
    assertThat(cursor.apply(Action.HALF_PAGE_UP)).isTrue();
    assertThat(cursor.cursor()).isEqualTo(3);
    assertThat(cursor.apply(Action.LAST)).isTrue();
    assertThat(cursor.cursor()).isEqualTo(19);
    assertThat(cursor.apply(Action.TOGGLE_MARK)).isFalse();
    assertThat(cursor.apply(Action.MOVE_DOWN)).isTrue();
    assertThat(cursor.cursor()).isEqualTo(19);
    assertThat(cursor.apply(Action.FIRST)).isTrue();
    assertThat(cursor.cursor()).isZero();
  }
}
