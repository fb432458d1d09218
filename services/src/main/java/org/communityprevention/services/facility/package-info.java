/**
 * Operating rules of community service facilities (城乡社区综合服务设施防疫规范, §5.5): in an area with an outbreak,
 * temperature and health-code checks, a flow limit, cleaning and disinfection, and gathering rooms (议事室、图书室、
 * 文体活动室（麻将棋牌室）、老年活动室（日间照料中心）) reduced or suspended.
 */
@ValueStyle
package org.communityprevention.services.facility;

import org.communityprevention.core.ValueStyle;
