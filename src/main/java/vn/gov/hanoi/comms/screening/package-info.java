/**
 * Automatic screening of an article or notice for what could harm the residents who receive it:
 * personal data of private persons ({@link vn.gov.hanoi.comms.screening.PersonalDataDetector}),
 * links that lead astray ({@link vn.gov.hanoi.comms.screening.LinkCheck}) and event dates outside
 * the publication window ({@link vn.gov.hanoi.comms.screening.EventDateCheck}). Plain Java: {@link
 * vn.gov.hanoi.comms.screening.Screener} takes the texts and the reference data (allowed link
 * hosts, published numbers of organisations) and returns findings, each with its passage and
 * offsets; the VNeID pre-checks and the iHanoi approval both use it. The findings are stored as
 * rows by {@code prechecks.PreCheckRowRepository}, which keeps Spring out of this package.
 */
package vn.gov.hanoi.comms.screening;
