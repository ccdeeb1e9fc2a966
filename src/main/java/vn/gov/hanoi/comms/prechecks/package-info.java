/**
 * The Spring side of the screening (package {@code screening}, plain Java): the pre-check rows in
 * the database ({@link vn.gov.hanoi.comms.prechecks.PreCheckRowRepository}), the reference data
 * (allowed link hosts, published numbers: {@link vn.gov.hanoi.comms.prechecks.ScreeningData}) and
 * their API ({@link vn.gov.hanoi.comms.prechecks.ScreeningController}).
 */
package vn.gov.hanoi.comms.prechecks;
