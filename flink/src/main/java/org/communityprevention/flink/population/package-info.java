/**
 * The overnight population classification on Flink (重点人群分类批处理): resident record lines in, the
 * key-population ledger of every village and category counts for every division from village to province out,
 * as a bounded job in batch execution mode. The operators call {@code PopulationLedger} and
 * {@code CategoryCounts.plus}; see {@code docs/scale-out.md}.
 */
package org.communityprevention.flink.population;
