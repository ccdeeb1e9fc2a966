package vn.gov.hanoi.comms.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One complete set of administrative areas as a tree. The shape is data: communes may
 * hang under a district or, since July 2025, directly under the city.
 *
 * <p>Immutable once built, so one instance can be shared by all request threads.
 */
public final class AreaTree {

  private final Map<String, Area> byCode;
  private final Map<String, List<Area>> childrenByCode;
  private final Area city;

  /**
   * @throws IllegalArgumentException if the areas do not form a single tree (duplicate codes,
   *     missing parents, cycles, no or several roots); imported files are checked by {@link
   *     AreaCsvParser} first, this guards against bad rows written by other means
   */
  public AreaTree(Collection<Area> areas) {
    Map<String, Area> codes = new LinkedHashMap<>();
    for (Area area : areas) {
      if (codes.putIfAbsent(area.code(), area) != null) {
        throw new IllegalArgumentException("Duplicate area code " + area.code());
      }
    }
    Map<String, List<Area>> children = new LinkedHashMap<>();
    List<Area> roots = new ArrayList<>();
    for (Area area : codes.values()) {
      if (!area.hasParent()) {
        roots.add(area);
      } else if (!codes.containsKey(area.parentCode())) {
        throw new IllegalArgumentException(
            "Area " + area.code() + " has unknown parent " + area.parentCode());
      } else {
        children.computeIfAbsent(area.parentCode(), k -> new ArrayList<>()).add(area);
      }
    }
    if (roots.size() != 1) {
      throw new IllegalArgumentException(
          "An area tree needs exactly one root, found " + roots.size());
    }
    this.byCode = Map.copyOf(codes);
    Map<String, List<Area>> frozen = new LinkedHashMap<>();
    children.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
    this.childrenByCode = Map.copyOf(frozen);
    this.city = roots.get(0);
    requireAllReachableFromRoot();
  }

  public Optional<Area> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public Area require(String code) {
    return find(code).orElseThrow(() -> new UnknownAreaException(code));
  }

  /** The enclosing area; empty for the city. */
  public Optional<Area> parentOf(String code) {
    Area area = require(code);
    return !area.hasParent() ? Optional.empty() : Optional.of(byCode.get(area.parentCode()));
  }

  /** The enclosing areas, nearest first, ending with the city; empty for the city. */
  public List<Area> ancestorsOf(String code) {
    List<Area> ancestors = new ArrayList<>();
    Area current = require(code);
    while (current.hasParent()) {
      current = byCode.get(current.parentCode());
      ancestors.add(current);
    }
    return List.copyOf(ancestors);
  }

  /** The areas directly under {@code code}, in the order of the official list. */
  public List<Area> childrenOf(String code) {
    require(code);
    return childrenByCode.getOrDefault(code, List.of());
  }

  /** Whether {@code code} lies inside {@code ancestorCode}; an area contains itself. */
  public boolean contains(String ancestorCode, String code) {
    require(ancestorCode);
    if (require(code).code().equals(ancestorCode)) {
      return true;
    }
    return ancestorsOf(code).stream().anyMatch(a -> a.code().equals(ancestorCode));
  }

  /**
   * The district-level area of {@code code}: the area itself when it is a district, otherwise its
   * nearest district ancestor. Empty for the city, and for communes of a tree without a district
   * tier (the 2025 tree, A-2): callers then use the nearest existing ancestor.
   */
  public Optional<Area> nearestDistrictOf(String code) {
    Area area = require(code);
    if (area.level() == AreaLevel.DISTRICT) {
      return Optional.of(area);
    }
    return ancestorsOf(code).stream().filter(a -> a.level() == AreaLevel.DISTRICT).findFirst();
  }

  public Area city() {
    return city;
  }

  /** All commune-level areas inside {@code code}, including itself when it is a commune. */
  public List<Area> communesUnder(String code) {
    List<Area> communes = new ArrayList<>();
    collectCommunes(require(code), communes);
    return List.copyOf(communes);
  }

  public int size() {
    return byCode.size();
  }

  /** Every area, parents before their children. */
  public List<Area> all() {
    List<Area> ordered = new ArrayList<>(byCode.size());
    collectAll(city, ordered);
    return List.copyOf(ordered);
  }

  private void collectCommunes(Area area, List<Area> into) {
    if (area.level() == AreaLevel.COMMUNE) {
      into.add(area);
    }
    for (Area child : childrenByCode.getOrDefault(area.code(), List.of())) {
      collectCommunes(child, into);
    }
  }

  private void collectAll(Area area, List<Area> into) {
    into.add(area);
    for (Area child : childrenByCode.getOrDefault(area.code(), List.of())) {
      collectAll(child, into);
    }
  }

  // With one root and every parent known, an area not reachable from the root sits on a cycle.
  private void requireAllReachableFromRoot() {
    Set<String> reached = new HashSet<>();
    List<Area> pending = new ArrayList<>(List.of(city));
    while (!pending.isEmpty()) {
      Area area = pending.remove(pending.size() - 1);
      reached.add(area.code());
      pending.addAll(childrenByCode.getOrDefault(area.code(), List.of()));
    }
    if (reached.size() != byCode.size()) {
      List<String> onCycle =
          byCode.keySet().stream().filter(c -> !reached.contains(c)).sorted().toList();
      throw new IllegalArgumentException("Areas on a parent cycle: " + onCycle);
    }
  }
}
