package vn.gov.hanoi.comms.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The product's own bookkeeping inside an engine command that a person started (a reviewer's
 * completion opens the next step): evaluating the deadline table or granting a task's readers is
 * not that person's permission to check. Outside a command, or when checks are already off, the
 * work runs as it is.
 */
public final class AsProduct {
  private AsProduct() {}

  public static <T> T call(Supplier<T> work) {
    CommandContext ctx = Context.getCommandContext();
    if (ctx == null || !ctx.isAuthorizationCheckEnabled()) {
      return work.get();
    }
    ctx.disableAuthorizationCheck();
    try {
      return work.get();
    } finally {
      ctx.enableAuthorizationCheck();
    }
  }

  public static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
