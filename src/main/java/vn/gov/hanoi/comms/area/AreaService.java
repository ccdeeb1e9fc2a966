package vn.gov.hanoi.comms.area;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The area tree in force and the import of new official lists.
 *
 * <p>The tree of the active set is cached. Another application node may activate a new set in the
 * shared database, so the active set id is re-read at most every {@link #DEFAULT_RECHECK} and the
 * tree is reloaded only when that id changed.
 */
@Service
public class AreaService {

  public static final Duration DEFAULT_RECHECK = Duration.ofSeconds(10);

  private final AreaRepository repository;
  private final AreaCsvParser parser = new AreaCsvParser();
  private final Clock clock;
  private final Duration recheckInterval;

  private volatile Snapshot snapshot;
  private List<AreaActivation.Listener> listeners = List.of();
  private ApplicationEventPublisher events = event -> {};

  /** The tree of one set and when we last confirmed that set is still the active one. */
  private record Snapshot(String setId, AreaTree tree, Instant checkedAt) {}

  @Autowired
  public AreaService(AreaRepository repository) {
    this(repository, Clock.systemUTC(), DEFAULT_RECHECK);
  }

  public AreaService(AreaRepository repository, Clock clock, Duration recheckInterval) {
    this.repository = repository;
    this.clock = clock;
    this.recheckInterval = recheckInterval;
  }

  /**
   * The tree of the active area set.
   *
   * @throws IllegalStateException if no set has been imported and activated yet
   */
  public AreaTree currentTree() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current != null && current.checkedAt().plus(recheckInterval).isAfter(now)) {
      return current.tree();
    }
    return refresh(now, false).tree();
  }

  /** Id of the active set, as of the last check. */
  public String currentSetId() {
    currentTree();
    return snapshot.setId();
  }

  /**
   * Parts of the product that keep area codes and must follow an activation (organisations' home
   * areas).
   */
  @Autowired(required = false)
  public void setActivationListeners(List<AreaActivation.Listener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Where {@link AreaSetActivated} goes once a set is in force (Spring's context; nowhere in plain
   * unit tests).
   */
  @Autowired(required = false)
  public void setEventPublisher(ApplicationEventPublisher events) {
    this.events = events;
  }

  /**
   * Parses the whole file, then stores it as a new set (optionally activating it) in one
   * transaction. A faulty file writes nothing and leaves the active set as it was.
   *
   * @return the stored set and its number of areas
   * @throws AreaImportException with every fault of the file and its line number
   * @throws AreaSetAlreadyExistsException if {@code setId} is taken
   */
  public AreaImportResult importCsv(String setId, String name, InputStream csv, boolean activate) {
    if (setId == null || !AreaSet.ID_PATTERN.matcher(setId).matches()) {
      throw new IllegalArgumentException("setId must be 1 to 40 letters, digits, '.', '_' or '-'");
    }
    requireText(name, "name", 200);
    if (repository.setExists(setId)) {
      throw new AreaSetAlreadyExistsException(setId);
    }
    return store(setId, name, parser.parse(csv), List.of(), activate);
  }

  /** Imports one of the official lists shipped with the product, with its merge mapping. */
  public AreaImportResult importReference(ReferenceAreaList list, boolean activate) {
    if (repository.setExists(list.id())) {
      throw new AreaSetAlreadyExistsException(list.id());
    }
    return store(list.id(), list.name(), list.areas(), list.merges(), activate);
  }

  private AreaImportResult store(
      String setId, String name, List<Area> areas, List<AreaMerge> merges, boolean activate) {
    AreaTree tree =
        new AreaTree(
            areas); // the parser guarantees a tree; fail here rather than after writing if it ever
    // did not
    AreaSet set = new AreaSet(setId, name, activate, clock.instant());
    repository.inTransaction(
        () -> {
          repository.saveSet(set, areas, false);
          repository.saveMerges(setId, merges);
          if (activate) {
            activateInTransaction(setId, tree, Map.of());
          }
          return null;
        });
    if (activate) {
      refresh(clock.instant(), true);
      events.publishEvent(new AreaSetActivated(setId));
    }
    return new AreaImportResult(set, areas.size());
  }

  /** Makes an already imported set the one in force. */
  public void activate(String setId) {
    activate(setId, Map.of());
  }

  /**
   * Makes an already imported set the one in force; whoever keeps area codes follows it in the same
   * transaction, or refuses it and nothing changes.
   *
   * @param decisions an administrator's choices where the merge mapping cannot decide (organisation
   *     → area)
   */
  public void activate(String setId, Map<String, String> decisions) {
    if (!repository.setExists(setId)) {
      throw new UnknownAreaSetException(setId);
    }
    AreaTree tree = new AreaTree(repository.loadSet(setId));
    repository.inTransaction(
        () -> {
          activateInTransaction(setId, tree, decisions);
          return null;
        });
    refresh(clock.instant(), true);
    events.publishEvent(new AreaSetActivated(setId));
  }

  /**
   * What an activation of {@code setId} would look like to the listeners, without changing
   * anything.
   */
  public AreaActivation preview(String setId, Map<String, String> decisions) {
    if (!repository.setExists(setId)) {
      throw new UnknownAreaSetException(setId);
    }
    return new AreaActivation(
        activeTree().orElse(null),
        new AreaTree(repository.loadSet(setId)),
        setId,
        repository.findMerges(setId),
        decisions);
  }

  private void activateInTransaction(String setId, AreaTree to, Map<String, String> decisions) {
    AreaActivation activation =
        new AreaActivation(
            activeTree().orElse(null), to, setId, repository.findMerges(setId), decisions);
    for (AreaActivation.Listener listener : listeners) {
      listener.activating(activation);
    }
    repository.activate(setId);
  }

  private Optional<AreaTree> activeTree() {
    return repository.findActiveSetId().map(id -> new AreaTree(repository.loadSet(id)));
  }

  public List<AreaSet> sets() {
    return repository.findAllSets();
  }

  // Synchronised so that concurrent callers after an expiry load a changed set only once.
  private synchronized Snapshot refresh(Instant now, boolean force) {
    Snapshot current = snapshot;
    if (!force && current != null && current.checkedAt().plus(recheckInterval).isAfter(now)) {
      return current;
    }
    Optional<String> activeId = repository.findActiveSetId();
    if (activeId.isEmpty()) {
      throw new IllegalStateException("No active area set: import the official list first");
    }
    Snapshot fresh =
        current != null && current.setId().equals(activeId.get())
            ? new Snapshot(current.setId(), current.tree(), now)
            : new Snapshot(activeId.get(), new AreaTree(repository.loadSet(activeId.get())), now);
    snapshot = fresh;
    return fresh;
  }

  private static void requireText(String value, String what, int maxLength) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(what + " must be 1 to " + maxLength + " characters");
    }
  }
}
