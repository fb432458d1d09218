/**
 * Community services (§5): eligibility, scope extension in outbreak areas, offline channels (§2.6), facility rules and worker subsidies (§6.6).
 */
package org.communityprevention.services;
