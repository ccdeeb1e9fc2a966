/**
 * VNeID "Loa phường" publication requests: the content rules V-REQ and V-CHECK of docs/rules.md as
 * plain Java, for REST controllers and Camunda delegates alike (V-STEP-1 validates the same way
 * whatever the entry point).
 *
 * <ul>
 *   <li>{@link vn.gov.hanoi.comms.vneid.content.ArticleDraftValidator}: V-REQ-1..7, every fault at
 *       once;
 *   <li>{@link vn.gov.hanoi.comms.common.ArticleSanitizer}: the rich-text allow-list (V-REQ-1);
 *   <li>{@link vn.gov.hanoi.comms.vneid.content.ImageInspector}: the featured image by content
 *       (V-REQ-1, V-CHECK-1);
 *   <li>{@link vn.gov.hanoi.comms.vneid.content.PreCheckRunner}: the reviewer's automatic
 *       pre-checks (V-CHECK-1..3, and the screening of package screening: personal data, links,
 *       event dates).
 * </ul>
 *
 * Not here: whether target areas exist and lie in the unit's home area (V-ROUTE-3), which needs the
 * area tree.
 */
package vn.gov.hanoi.comms.vneid.content;
