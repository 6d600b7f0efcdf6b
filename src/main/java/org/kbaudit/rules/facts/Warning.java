package org.kbaudit.rules.facts;

/** A contradiction, an inference or a data-quality remark to show on the finding. */
public record Warning(String text) {
}
