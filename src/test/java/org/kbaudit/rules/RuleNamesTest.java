package org.kbaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** VERDICTS.md: every rule traces back to the article, naming its section; rule names are sentences. */
class RuleNamesTest {

    static final String SECTIONS = "Applies to|title of the article|Symptoms|Cause|Resolution|Hotfix information"
            + "|Prerequisites|Restart requirement|File information|Status";

    @Test
    void every_rule_ends_by_naming_the_article_section_it_comes_from() {
        assertThat(Rules.base().ruleNames()).isNotEmpty().allSatisfy(name -> assertThat(name)
                .matches("[A-Z].*\\((" + SECTIONS + ")[^()]*\\)"));
    }

    @Test
    void rule_names_are_unique() {
        assertThat(Rules.base().ruleNames()).doesNotHaveDuplicates();
    }
}
