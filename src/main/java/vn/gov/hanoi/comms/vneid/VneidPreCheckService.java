package vn.gov.hanoi.comms.vneid;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.files.StoredFileRepository;
import vn.gov.hanoi.comms.prechecks.PreCheckRowRepository;
import vn.gov.hanoi.comms.prechecks.ScreeningData;
import vn.gov.hanoi.comms.vneid.content.ImageInfo;
import vn.gov.hanoi.comms.vneid.content.ImageInspector;
import vn.gov.hanoi.comms.vneid.content.InvalidImageException;
import vn.gov.hanoi.comms.vneid.content.PreCheckReport;
import vn.gov.hanoi.comms.vneid.content.PreCheckResult;
import vn.gov.hanoi.comms.vneid.content.PreCheckRunner;

/**
 * The process's pre-check step (Task_RunPreChecks) on the request an instance works on: reads the
 * round, its image and attachments, runs the checks and stores what they found.
 */
@Service
public class VneidPreCheckService {
  private final VneidWorkflowService workflow;
  private final VneidRequestRepository repository;
  private final StoredFileRepository files;
  private final ProductClock clock;
  private final PreCheckRunner preCheckRunner;
  private final ImageInspector imageInspector = new ImageInspector();
  private final ScreeningData screeningData;
  private final PreCheckRowRepository preCheckRows;

  public VneidPreCheckService(
      VneidWorkflowService workflow,
      VneidRequestRepository repository,
      StoredFileRepository files,
      ProductClock clock,
      VneidProperties properties,
      ScreeningData screeningData,
      PreCheckRowRepository preCheckRows) {
    this.workflow = workflow;
    this.repository = repository;
    this.files = files;
    this.clock = clock;
    this.preCheckRunner = new PreCheckRunner(properties.prohibitedTerms());
    this.screeningData = screeningData;
    this.preCheckRows = preCheckRows;
  }

  /**
   * Runs the pre-checks on a round (V-CHECK-1..3, personal data, links, event dates), stores every
   * result as a row and the summary; true if classified markings were found.
   */
  @Transactional
  public boolean runPreChecks(String processInstanceId) {
    VneidRequestRecord r = workflow.boundTo(processInstanceId);
    long requestId = r.id();
    int round = r.currentRound();
    RoundRecord rr = repository.round(requestId, round);
    ImageInfo image;
    try {
      image =
          imageInspector.inspect(
              files.content(rr.featuredImageId()),
              files.find(rr.featuredImageId()).orElseThrow().fileName());
    } catch (InvalidImageException e) {
      image = null;
    }
    List<String> attachmentNames = new ArrayList<>();
    for (Long fileId : repository.attachmentIds(requestId, round)) {
      files.find(fileId).ifPresent(f -> attachmentNames.add(f.fileName()));
    }
    PreCheckReport report =
        preCheckRunner.run(
            DraftMapper.toDraft(r, rr), image, attachmentNames, screeningData.rules());
    preCheckRows.replaceForRound(
        requestId, round, report.results().stream().map(PreCheckResult::row).toList(), clock.now());
    boolean classified = !report.classifiedMarkings().isEmpty();
    repository.updatePreCheck(requestId, round, report.summaryVi(), classified);
    return classified;
  }
}
