package uk.frontdoor.partner.concern;

import java.util.Arrays;
import java.util.Optional;

/**
 * The child's ethnicity as the DfE codes it (the Children in Need census and Ofsted's Annex A): the code is
 * contact.v1's and the export's, the label the words the referrer chooses from.
 */
public enum Ethnicity {
    WBRI("WBRI", "White: English, Welsh, Scottish, Northern Irish or British"),
    WIRI("WIRI", "White: Irish"),
    WIRT("WIRT", "White: Traveller of Irish heritage"),
    WROM("WROM", "White: Gypsy or Roma"),
    WOTH("WOTH", "White: any other White background"),
    MWBC("MWBC", "Mixed: White and Black Caribbean"),
    MWBA("MWBA", "Mixed: White and Black African"),
    MWAS("MWAS", "Mixed: White and Asian"),
    MOTH("MOTH", "Mixed: any other mixed background"),
    AIND("AIND", "Asian or Asian British: Indian"),
    APKN("APKN", "Asian or Asian British: Pakistani"),
    ABAN("ABAN", "Asian or Asian British: Bangladeshi"),
    AOTH("AOTH", "Asian or Asian British: any other Asian background"),
    BCRB("BCRB", "Black or Black British: Caribbean"),
    BAFR("BAFR", "Black or Black British: African"),
    BOTH("BOTH", "Black or Black British: any other Black background"),
    CHNE("CHNE", "Chinese"),
    OOTH("OOTH", "Any other ethnic group"),
    REFU("REFU", "The child or family would rather not say"),
    NOBT("NOBT", "I do not know");

    private final String code;
    private final String label;

    Ethnicity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Ethnicity> ofCode(String code) {
        return Arrays.stream(values()).filter(ethnicity -> ethnicity.code.equals(code)).findFirst();
    }
}
