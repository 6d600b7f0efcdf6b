package org.kbaudit.audit;

import java.util.List;

import org.kbaudit.domain.Finding;

/**
 * A finding with what the rules saw and concluded on the way, for {@code kbaudit explain}.
 *
 * @param conclusions every derived fact that stands, as text, e.g. {@code PlatformOf[platform=X86, basis=...]}
 */
public record Explanation(Finding finding, List<String> conclusions) {

    public Explanation {
        conclusions = List.copyOf(conclusions);
    }
}
