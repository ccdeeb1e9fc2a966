package vn.gov.hanoi.comms.files;

/** A file as received from a client, before it is checked and stored. */
public record Upload(String fileName, String contentType, byte[] bytes) {
  public boolean isEmpty() {
    return bytes == null || bytes.length == 0;
  }
}
