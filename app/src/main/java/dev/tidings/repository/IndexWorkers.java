package dev.tidings.repository;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The executors the timeline index runs on: {@link BackgroundThreads#workers()} in the program,
 * {@link #DIRECT} in tests and one-shot tools.
 *
 * @param index runs every change of the index, one at a time, in order; never null
 * @param scan runs directory walks; never null
 * @param parse runs the parsing of files, in parallel; never null
 * @param links runs the changes of the links between articles and the reads and writes of the
 *     persistent index, one at a time, in order; never null
 * @param timer spaces out the listener's calls by {@code notifyMillis}; null to call it at once
 * @param notifyMillis the least time between two calls of the listener, in milliseconds
 */
record IndexWorkers(
    Executor index,
    Executor scan,
    Executor parse,
    Executor links,
    ScheduledExecutorService timer,
    long notifyMillis) {

  /** Everything at once on the calling thread, in order. */
  static final IndexWorkers DIRECT =
      new IndexWorkers(Runnable::run, Runnable::run, Runnable::run, Runnable::run, null, 0);
}
