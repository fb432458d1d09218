/**
 * The emergency response of a village or community (应急响应, §1.4, §2.1, §1.8): a state machine driven by its
 * governing level (inactive, activated, escalated, de-escalated, stood down), the measures each level and profile
 * calls for (进出卡点, 体温检测, 健康码查验, 信息登记, 封闭管理 and the §1.8 strengthened measures), and every change with
 * the measures added and removed and why. Orders of the local Party committee and government ({@code ResponseOrder},
 * §2.1 按照当地党委和政府部署要求) combine with the level, the stricter winning on each day.
 */
@ValueStyle
package org.communityprevention.risk.response;

import org.communityprevention.core.ValueStyle;
