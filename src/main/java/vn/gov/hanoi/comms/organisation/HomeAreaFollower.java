package vn.gov.hanoi.comms.organisation;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.area.AreaActivation;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;

/**
 * Moves organisations' home areas to the area list being activated, in the activation's transaction
 * . If any organisation cannot be placed without an administrator's choice, the activation is
 * refused whole, naming each such organisation and its choices.
 */
@Component
public class HomeAreaFollower implements AreaActivation.Listener {
  private static final Logger log = LoggerFactory.getLogger(HomeAreaFollower.class);

  private final OrganisationRepository repository;

  public HomeAreaFollower(OrganisationRepository repository) {
    this.repository = repository;
  }

  @Override
  public void activating(AreaActivation activation) {
    List<Organisation> organisations = repository.findAll();
    List<FieldError> errors = new ArrayList<>();
    for (String code : activation.decisions().keySet()) {
      if (organisations.stream().noneMatch(o -> o.code().equals(code))) {
        errors.add(new FieldError("homeAreas." + code, "Không có đơn vị " + code));
      }
    }
    List<HomeAreaRemap.Change> plan = HomeAreaRemap.plan(organisations, activation);
    for (HomeAreaRemap.Change c : plan) {
      if (c.how() == HomeAreaRemap.How.UNRESOLVED) {
        errors.add(
            new FieldError(
                "homeAreas." + c.organisation(),
                c.organisationName()
                    + " (địa bàn "
                    + c.from()
                    + (c.fromName() == null ? "" : " " + c.fromName())
                    + "): "
                    + c.note()
                    + (c.candidates().isEmpty() ? "" : ": " + String.join(", ", c.candidates()))));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException(
          "Chưa áp dụng được danh mục địa bàn "
              + activation.setId()
              + ": cần chọn địa bàn mới cho các đơn vị dưới đây (homeAreas)",
          errors);
    }
    int moved = 0;
    for (HomeAreaRemap.Change c : plan) {
      if (c.moves()) {
        repository.updateHomeArea(c.organisation(), c.to());
        moved++;
      }
    }
    log.info(
        "Area set {} activated: {} of {} organisations moved to a new home area",
        activation.setId(),
        moved,
        plan.size());
  }
}
