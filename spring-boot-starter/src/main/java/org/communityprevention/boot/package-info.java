/**
 * Spring Boot auto-configuration of the library: the policy from {@code community-prevention.*} properties and a bean
 * per capability. See {@code docs/spring-boot.md}.
 */
package org.communityprevention.boot;
