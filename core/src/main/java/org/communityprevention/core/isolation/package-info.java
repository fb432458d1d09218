/**
 * Taking a whole area to centralised isolation (大规模集中隔离, §2.5): the order and its information release
 * (信息发布), the registration of everyone in the area (人员登记), and the vehicle trips that take them to their sites
 * (车辆安排), with the checks the notice asks the community to help with and the day each person's centralised
 * isolation starts. People, households, vehicles, trips and sites are opaque ids.
 */
@ValueStyle
package org.communityprevention.core.isolation;

import org.communityprevention.core.ValueStyle;
