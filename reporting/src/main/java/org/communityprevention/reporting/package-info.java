/**
 * Daily and zero reports (日报告/零报告, §1.6): completeness, timeliness and concealment signals rolled up the division tree; duty-roster and supply readiness (§1.5, §1.7, §6.3–§6.5).
 */
package org.communityprevention.reporting;
