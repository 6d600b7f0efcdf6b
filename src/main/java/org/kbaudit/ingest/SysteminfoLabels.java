package org.kbaudit.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of Windows' {@code systeminfo} that kbaudit reads, in English, German, French and Spanish,
 * as the real captures print them. systeminfo's field order is fixed; only the words change. Matching is
 * case-insensitive (XP prints {@code System type} and {@code NetWork Card(s)}) and treats a no-break space
 * as a space (French puts one before its colons).
 */
final class SysteminfoLabels {

    enum Field { HOST, OS_NAME, OS_VERSION, SYSTEM_TYPE, HOTFIXES, NETWORK_CARDS, CONNECTION_NAME }

    private static final Map<Field, List<String>> LABELS = Map.of(
            Field.HOST, List.of("Host Name", "Hostname", "Nom de l'hôte", "Nombre de host"),
            Field.OS_NAME, List.of("OS Name", "Betriebssystemname", "Nom du système d'exploitation",
                    "Nombre del sistema operativo"),
            Field.OS_VERSION, List.of("OS Version", "Betriebssystemversion", "Version du système",
                    "Versión del sistema operativo"),
            Field.SYSTEM_TYPE, List.of("System Type", "Systemtyp", "Type du système", "Tipo de sistema"),
            Field.HOTFIXES, List.of("Hotfix(s)", "Hotfix(es)", "Correctif(s)", "Revisión(es)"),
            Field.NETWORK_CARDS, List.of("Network Card(s)", "Netzwerkkarte(n)", "Carte(s) réseau", "Tarjeta(s) de red"),
            Field.CONNECTION_NAME, List.of("Connection Name", "Verbindungsname", "Nom de la connexion",
                    "Nombre de conexión"));

    /**
     * Words of the other labels that only a right decoding spells correctly: the oracle that tells the
     * cmd.exe code page (850) from Windows-1252 when a file has no byte-order mark and is not UTF-8.
     */
    static final List<String> ACCENTED_WORDS = List.of("Nom de l'hôte", "système", "réseau", "Mémoire",
            "Propriétaire", "Répertoire", "installées", "Versión", "Revisión", "conexión", "Organización",
            "instalación", "física", "Domäne", "Ursprüngliches", "Startgerät", "Verfügbarer", "Größe");

    /** Values that say "none" under Hotfix(s) or Network Card(s). */
    static final List<String> NOT_APPLICABLE = List.of("N/A", "N/D", "Nicht zutreffend", "Non applicable",
            "No aplicable", "No disponible");

    /** A labelled line, split. */
    record Labelled(Field field, String value) {
    }

    private SysteminfoLabels() {
    }

    /** The known field a line starts with ({@code Label   : value}), if any; leading blanks are ignored. */
    static Optional<Labelled> match(String line) {
        String text = spaces(line).stripLeading();
        for (Map.Entry<Field, List<String>> entry : LABELS.entrySet()) {
            for (String label : entry.getValue()) {
                if (text.regionMatches(true, 0, label, 0, label.length())) {
                    String rest = text.substring(label.length()).stripLeading();
                    if (rest.startsWith(":")) {
                        return Optional.of(new Labelled(entry.getKey(), rest.substring(1).strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The labels of a field, English first: also the headers of its column in {@code systeminfo /FO CSV}. */
    static List<String> labels(Field field) {
        return LABELS.get(field);
    }

    static boolean isNotApplicable(String value) {
        return NOT_APPLICABLE.stream().anyMatch(value::equalsIgnoreCase);
    }

    /** No-break and narrow no-break spaces as plain spaces. */
    static String spaces(String line) {
        return line.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
