package org.samskab.bench;

import java.util.List;
import java.util.Random;

/**
 * Note texts as people write them on a board: 20 to 280 characters (most short, some long), sentences of the kind
 * a network of municipalities writes, in English and Danish (Danish letters become character references in a
 * card's markup, so they cost more bytes), about a quarter of them over several lines (a list, or a second
 * paragraph). Deterministic for a seed, so every run seeds and writes the same board.
 */
final class NoteTexts {

    static final int MIN = 20;
    static final int MAX = 280;

    private static final List<String> SENTENCES = List.of("We should ask the citizens before we decide.",
            "Could the pilot run in two districts first?", "Budget for 2027 is not settled yet.",
            "Who owns the follow-up after the gathering?", "Less paperwork for the caseworkers.",
            "The young people we met want a say in the timetable, not just a survey afterwards.",
            "Try the model from Aarhus, where the library became the meeting place for the whole neighbourhood.",
            "Shared calendar across the municipalities.", "Let us meet again in March.",
            "Data sharing needs a legal check first: consent, purpose and who may see what.",
            "More time for the families, fewer meetings about the families.",
            "What does success look like in a year?", "Start small, measure, then scale.",
            "Vi skal spørge borgerne, før vi beslutter noget.", "Hvem har ansvaret for opfølgningen?",
            "Mere tid til familierne og færre møder om dem.", "Kan vi låne modellen fra Ålborg?",
            "Ældreplejen mangler hænder, ikke planer.", "Budgettet for næste år er endnu ikke på plads.",
            "Great energy in the room today!", "A single point of contact for new citizens.",
            "Transport to the activity centre is the real barrier for many older people.",
            "Volunteers burn out when nobody thanks them.", "Invite the schools earlier in the process.",
            "Maybe a joint job posting for the three small municipalities?",
            "Evaluate with the people who use the service, not only with the staff who run it.",
            "Open the sports halls in the evenings.", "Clear language in every letter we send.");

    private final Random random;

    NoteTexts(long seed) {
        this.random = new Random(seed);
    }

    /** The next text: between {@link #MIN} and {@link #MAX} characters. */
    String next() {
        return next(MAX);
    }

    /** The next text of at most {@code max} characters (at least {@link #MIN}, or {@code max} if that is less). */
    String next(int max) {
        int roll = random.nextInt(100);
        int target = roll < 45 ? between(MIN, 80) : roll < 85 ? between(80, 180) : between(180, MAX);
        target = Math.min(target, max);
        boolean lines = random.nextInt(4) == 0;
        boolean list = lines && random.nextBoolean();
        StringBuilder text = new StringBuilder();
        while (text.length() < target) {
            String sentence = SENTENCES.get(random.nextInt(SENTENCES.size()));
            String separator = text.isEmpty() ? (list ? "- " : "") : lines ? (list ? "\n- " : "\n") : " ";
            if (text.length() + separator.length() + sentence.length() > max) {
                if (text.length() >= Math.min(MIN, max)) {
                    break;
                }
                sentence = sentence.substring(0, Math.max(1, max - text.length() - separator.length()));
            }
            text.append(separator).append(sentence);
        }
        return text.toString().strip();
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
