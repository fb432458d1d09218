/**
 * Core vocabulary of community prevention and control (城乡社区防控), after the notice 民发〔2021〕11号: divisions and
 * grids, people and key-population classification, policy as data, explained decisions, time, errors and JSON.
 */
@ValueStyle
package org.communityprevention.core;
