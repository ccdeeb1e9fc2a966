package vn.gov.hanoi.comms.area;

import vn.gov.hanoi.comms.common.web.NotFoundException;

/** An area set id that names no imported set. */
public class UnknownAreaSetException extends NotFoundException {
  public UnknownAreaSetException(String setId) {
    super("Không có danh mục địa bàn " + setId);
  }
}
