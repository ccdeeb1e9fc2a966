package vn.gov.hanoi.comms.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements (and batches) the application sends to its database, so that the
 * benchmark can report statements per complete request (docs/benchmarks.md). Wraps the DataSource
 * in JDK proxies; only with {@code app.bench.count-statements=true} (profile "bench"), never in
 * production. The integration tests register it too ({@code StatementCostTest}, issue 14).
 */
@Component
@ConditionalOnProperty("app.bench.count-statements")
public class StatementCounter implements BeanPostProcessor {
  private final LongAdder statements = new LongAdder();
  private final LongAdder roundTrips = new LongAdder();
  private final LongAdder connections = new LongAdder();
  private final Map<String, LongAdder> byFamily = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(
          DataSource.class,
          ds,
          (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection c) {
              connections.increment();
              return proxy(Connection.class, c, this::onConnection);
            }
            return result;
          });
    }
    return bean;
  }

  /**
   * Counters since start: SQL statements (each statement of a JDBC batch counts), round trips (a
   * batch is one), connections borrowed from the pool.
   */
  public Map<String, Long> snapshot() {
    return Map.of(
        "statements",
        statements.sum(),
        "roundTrips",
        roundTrips.sum(),
        "connections",
        connections.sum());
  }

  /** Statements since start by family ({@link StatementFamily}: verb and first table), sorted. */
  public Map<String, Long> families() {
    Map<String, Long> result = new TreeMap<>();
    byFamily.forEach((family, count) -> result.put(family, count.sum()));
    return result;
  }

  private Object onConnection(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    Object result = invoke(target, method, args);
    // A prepared statement's family is known from its text; a plain one's when it executes.
    String prepared =
        method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
            ? StatementFamily.of(sql)
            : null;
    if (result instanceof CallableStatement s) {
      return proxy(CallableStatement.class, s, (t, m, a) -> onStatement(prepared, t, m, a));
    }
    if (result instanceof PreparedStatement s) {
      return proxy(PreparedStatement.class, s, (t, m, a) -> onStatement(prepared, t, m, a));
    }
    if (result instanceof Statement s) {
      return proxy(Statement.class, s, (t, m, a) -> onStatement(prepared, t, m, a));
    }
    return result;
  }

  private Object onStatement(
      String prepared, Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    String name = method.getName();
    String family =
        prepared != null
            ? prepared
            : StatementFamily.of(args != null && args.length > 0 ? String.valueOf(args[0]) : null);
    if (name.equals("addBatch")) {
      count(family);
    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
      roundTrips.increment();
    } else if (name.startsWith("execute")) {
      count(family);
      roundTrips.increment();
    }
    return invoke(target, method, args);
  }

  private void count(String family) {
    statements.increment();
    byFamily.computeIfAbsent(family, k -> new LongAdder()).increment();
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, Handler handler) {
    return (T)
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(),
            new Class<?>[] {type},
            (p, m, a) -> handler.invoke(target, m, a));
  }

  @FunctionalInterface
  private interface Handler {
    Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
  }
}
