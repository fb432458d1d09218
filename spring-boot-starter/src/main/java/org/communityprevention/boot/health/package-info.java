/** The health of the library's configuration, for Spring Boot Actuator. */
package org.communityprevention.boot.health;
