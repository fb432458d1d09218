/**
 * Divisions and grids (区划与网格, §1.1 and §1.3 of the notice): the 12-digit statistical division code
 * (统计用区划代码) and its levels, the urban–rural classification (城乡分类代码), an immutable
 * {@link org.communityprevention.core.division.DivisionTree division tree} whose subtrees are contiguous ranges of
 * codes, grid units (自然村, 小区, 网格, 楼栋, 村/居民小组), the roles responsible for them and a coverage check.
 *
 * <p>Codes are validated, never guessed: a missing parent, a wrong length or a non-zero digit under a zero level is
 * rejected with a typed {@link org.communityprevention.core.validation.ValidationException}, never repaired. Whether
 * a code exists in a given year's edition is a matter of the code table the caller passes in (a
 * {@link org.communityprevention.core.division.DivisionTree}), not of range logic.
 */
@ValueStyle
package org.communityprevention.core.division;

import org.communityprevention.core.ValueStyle;
