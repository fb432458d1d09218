/**
 * Area risk levels (低/中/高风险), their transitions, the emergency response they start (§1.4, §2.1, §1.8) and what a level suspends or restricts (§3.3, §3.5, §4.x, §5.5).
 */
package org.communityprevention.risk;
