package vn.gov.hanoi.comms.common;

import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its stable name and the Java type the code works with (in the manner of
 * camunda-bpm-data). Reads convert the stored value once, here, instead of a cast at every use;
 * writes store the same value types as before (an enum as its name, so the models' expressions and
 * the history read as they did).
 */
public final class ProcessVariable<T> {
  private final String name;
  private final String typeName;
  private final Function<Object, T> read;
  private final Function<T, Object> write;
  private final T whenAbsent;

  private ProcessVariable(
      String name, String typeName, Function<Object, T> read, Function<T, Object> write) {
    this(name, typeName, read, write, null);
  }

  private ProcessVariable(
      String name,
      String typeName,
      Function<Object, T> read,
      Function<T, Object> write,
      T whenAbsent) {
    this.name = name;
    this.typeName = typeName;
    this.read = read;
    this.write = write;
    this.whenAbsent = whenAbsent;
  }

  /** A String variable; another stored type is refused. */
  public static ProcessVariable<String> string(String name) {
    return of(name, String.class);
  }

  /** A variable read as text whatever its stored type (form fields may come typed or as text). */
  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, "text", Object::toString, v -> v);
  }

  /** A value stored as its text (a month, a day): parsed when read, its toString() when written. */
  public static <V> ProcessVariable<V> parsed(
      String name, Class<V> type, Function<String, V> parse) {
    return new ProcessVariable<>(
        name,
        type.getSimpleName(),
        v -> parse.apply(cast(name, String.class, v)),
        Object::toString);
  }

  /** A whole number stored as Integer; any stored Number is read. */
  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, "Integer", v -> number(name, v).intValue(), v -> v);
  }

  /** A whole number stored as Long; any stored Number is read. */
  public static ProcessVariable<Long> longValue(String name) {
    return new ProcessVariable<>(name, "Long", v -> number(name, v).longValue(), v -> v);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return of(name, Boolean.class);
  }

  /** A yes/no that is yes only when stored as Boolean true (a tick box left unticked is absent). */
  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, "flag", Boolean.TRUE::equals, v -> v, false);
  }

  public static ProcessVariable<Date> date(String name) {
    return of(name, Date.class);
  }

  /** An enum stored as its name, so BPMN expressions compare it with the name's string. */
  public static <E extends Enum<E>> ProcessVariable<E> enumValue(String name, Class<E> type) {
    return new ProcessVariable<>(
        name, type.getSimpleName(), v -> constant(name, type, v), Enum::name);
  }

  /**
   * The type's constant of that name, or empty for anything else (a choice a person made, which the
   * caller refuses in its own words).
   */
  public static <E extends Enum<E>> Optional<E> named(Class<E> type, Object stored) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(stored)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static <V> ProcessVariable<V> of(String name, Class<V> type) {
    return new ProcessVariable<>(name, type.getSimpleName(), v -> cast(name, type, v), v -> v);
  }

  public String name() {
    return name;
  }

  /** The value; a missing one is an error naming the variable. */
  public T get(VariableScope scope) {
    T value = getOrNull(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable " + name + " is missing");
    }
    return value;
  }

  /** The value, or null (no for a flag) when the variable is absent or null. */
  public T getOrNull(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  /** The value in a variables map (REST bodies, start forms), or null when it is not there. */
  public T from(Map<String, ?> variables) {
    return convert(variables == null ? null : variables.get(name));
  }

  /**
   * Stores the value (null stores null) as the type it has always been stored as, unless the scope
   * already holds an equal one of the same type: Camunda would write that update anyway (a runtime
   * update, a history detail row) with nothing changed (issue 14). What the process and its history
   * read is the same either way.
   */
  public void set(VariableScope scope, T value) {
    Object stored = value == null ? null : write.apply(value);
    if (scope.hasVariable(name) && unchanged(scope.getVariable(name), stored)) {
      return;
    }
    scope.setVariable(name, stored);
  }

  static boolean unchanged(Object current, Object next) {
    return Objects.equals(current, next)
        && (current == null || current.getClass().equals(next.getClass()));
  }

  private T convert(Object stored) {
    return stored == null ? whenAbsent : read.apply(stored);
  }

  private static Number number(String name, Object v) {
    return cast(name, Number.class, v);
  }

  private static <V> V cast(String name, Class<V> type, Object v) {
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException(
          "Process variable " + name + " must be a " + type.getSimpleName() + ", was " + v);
    }
    return type.cast(v);
  }

  private static <E extends Enum<E>> E constant(String name, Class<E> type, Object v) {
    try {
      return Enum.valueOf(type, cast(name, String.class, v));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Process variable " + name + " is not a " + type.getSimpleName() + ": " + v, e);
    }
  }

  @Override
  public String toString() {
    return name + " (" + typeName + ")";
  }
}
