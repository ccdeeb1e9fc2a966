package vn.gov.hanoi.comms.files;

/** A file a unit uploaded (featured image, attachment), kept in the product's database. */
public record StoredFile(
    long id, String fileName, String contentType, long sizeBytes, String sha256) {}
