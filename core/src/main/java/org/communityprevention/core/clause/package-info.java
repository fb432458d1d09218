/** The clauses of the notice 民发〔2021〕11号, which every decision cites. */
package org.communityprevention.core.clause;
