package org.evidenceledger.query.projection;

import java.util.List;
import org.evidenceledger.events.Party;
import org.evidenceledger.events.Source;
import org.evidenceledger.platform.intake.IntakeRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Intake refuses text that cannot be written as UTF-8 JSON, but events recorded before it did may
 * hold a lone surrogate or a control character. The read models show such a character as U+FFFD, so
 * every answer can be written; the event itself keeps it, and verification reports it.
 */
final class ReadableText {

    private static final char REPLACEMENT = '\uFFFD';

    private ReadableText() {
    }

    static String of(String text) {
        if (text == null || IntakeRules.isAcceptedText(text)) {
            return text;
        }
        StringBuilder readable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                readable.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || !IntakeRules.isAcceptedText(String.valueOf(c))) {
                readable.append(REPLACEMENT);
            } else {
                readable.append(c);
            }
        }
        return readable.toString();
    }

    static Source of(Source source) {
        return source == null ? null : new Source(of(source.url()), of(source.publisher()), of(source.title()));
    }

    static List<Party> of(List<Party> parties) {
        return parties.stream().map(party -> new Party(of(party.name()), party.role())).toList();
    }

    static JsonNode of(JsonNode node) {
        if (node instanceof StringNode text) {
            String readable = of(text.asString());
            return readable.equals(text.asString()) ? node : StringNode.valueOf(readable);
        }
        if (node instanceof ObjectNode object) {
            List.copyOf(object.propertyNames()).forEach(name -> object.set(name, of(object.get(name))));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, of(array.get(i)));
            }
        }
        return node;
    }
}
