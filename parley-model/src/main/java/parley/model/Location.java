package parley.model;

/** Where an event happened: the words of the article and the country code, when known. */
public record Location(String text, String code) {
}
