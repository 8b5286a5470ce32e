package dev.tidings.repository;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;

/**
 * The index thread: a scheduled executor (it also times the notifications) that does not swallow
 * a task's exception. A {@link ScheduledThreadPoolExecutor} keeps what a task throws in the
 * future it wraps every task in, where nobody looks; here it goes to the thread's uncaught
 * exception handler, as on the other worker threads (the pattern of {@link
 * java.util.concurrent.ThreadPoolExecutor#afterExecute}'s documentation).
 */
final class IndexThread extends ScheduledThreadPoolExecutor {

  /** @param factory makes the one thread; never null */
  IndexThread(ThreadFactory factory) {
    super(1, factory);
  }

  @Override
  protected void afterExecute(Runnable task, Throwable thrown) {
    super.afterExecute(task, thrown);
    Throwable failure = thrown;
    if (failure == null
        && task instanceof Future<?> future
        && future.isDone()
        && !future.isCancelled()) {
      try {
        future.get();
      } catch (ExecutionException e) {
        failure = e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure != null) {
      Thread thread = Thread.currentThread();
      thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
    }
  }
}
