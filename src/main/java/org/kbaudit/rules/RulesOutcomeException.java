package org.kbaudit.rules;

import org.kbaudit.domain.KbauditException;

/**
 * The rules ran on a server but did not conclude what a finding needs: no status, two statuses, two
 * recommended actions. With the bundled rules that is a defect of kbaudit; with a folder of one's own rules
 * (--rules) it is most likely a defect of those rules, which {@code rules check} cannot see before they run.
 */
public class RulesOutcomeException extends KbauditException {

    public RulesOutcomeException(String message) {
        super(message);
    }
}
