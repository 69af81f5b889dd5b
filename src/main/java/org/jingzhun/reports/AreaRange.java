package org.jingzhun.reports;

/**
 * The village codes under an area as a closed range ('622922100000'..'622922100999' for a township): a plain b-tree
 * serves it on H2 and on PostgreSQL whatever the collation, which a LIKE prefix does not.
 */
public record AreaRange(String low, String high) {

    private static final int CODE_LENGTH = 12;

    public static AreaRange of(String prefix) {
        if (prefix.length() > CODE_LENGTH || !prefix.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not an area prefix: " + prefix);
        }
        int rest = CODE_LENGTH - prefix.length();
        return new AreaRange(prefix + "0".repeat(rest), prefix + "9".repeat(rest));
    }

}
