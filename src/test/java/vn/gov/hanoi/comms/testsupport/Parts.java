package vn.gov.hanoi.comms.testsupport;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A multipart body for RestClient: part name → (content, content type, file name). */
public final class Parts {
  private final MultiValueMap<String, Object> map = new LinkedMultiValueMap<>();

  public Parts part(String name, byte[] content, MediaType type, String fileName) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(type);
    map.add(
        name,
        new HttpEntity<>(
            new ByteArrayResource(content) {
              @Override
              public String getFilename() {
                return fileName;
              }
            },
            h));
    return this;
  }

  public MultiValueMap<String, Object> build() {
    return map;
  }
}
