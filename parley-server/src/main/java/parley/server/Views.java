package parley.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Disagreement;
import parley.core.corroboration.FirstReport;
import parley.core.corroboration.Incident;
import parley.core.positions.PositionSeries;
import parley.core.store.EventStore;
import parley.core.positions.StanceChange;
import parley.core.positions.StancePoint;
import parley.core.time.IsoDates;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;
import parley.model.Span;

/**
 * The shapes the API answers with (serialised by the shared snake_case mapper). Events and quotes
 * go out as the records of FORMAT.md; these are the shapes that FORMAT.md does not define.
 */
final class Views {
    private Views() {
    }

    /** An article with its text, the furniture spans, and what was coded from it. */
    record ArticleDetail(String id, String url, String source, LocalDate published, String title, String lang,
                         String origin, String text, List<Span> furniture, List<Event> events, List<Quote> quotes) {
        ArticleDetail(Article article, List<Event> events, List<Quote> quotes) {
            this(article.id(), article.url(), article.source(), article.published(), article.title(), article.lang(),
                    article.origin(), article.text(), article.furniture(), events, quotes);
        }

        static ArticleDetail of(Article article, EventStore store) {
            return new ArticleDetail(article, store.eventsOf(article.id()), store.quotesOf(article.id()));
        }
    }

    /** An incident in a list or on the timeline. */
    record IncidentView(String id, String type, String aux, String date, LocalDate firstDay, LocalDate lastDay,
                        List<String> actors, List<String> recipients, List<String> issues, List<String> outlets,
                        int outletCount, boolean corroborated, List<String> eventIds, List<String> articleIds,
                        FirstReport firstReport, String evidence, String evidenceEvent, String evidenceDoc,
                        String title) {
        /** The view, with the title of the best evidence's article from {@code titles} (by article id). */
        static IncidentView of(Incident incident, Map<String, String> titles) {
            Event best = incident.bestEvidence();
            return new IncidentView(incident.id(), incident.type().name(),
                    incident.aux() == null ? null : incident.aux().id(), incident.date(),
                    IsoDates.firstDay(incident.date()), IsoDates.lastDay(incident.date()), incident.actorCodes(),
                    incident.recipientCodes(), incident.issues(), incident.outlets(), incident.outletCount(),
                    incident.corroborated(), incident.eventIds(), incident.articleIds(), incident.firstReport(),
                    best.evidence().sentence(), best.id(), best.doc(), best.doc() == null ? null : titles.get(best.doc()));
        }
    }

    /** Why an event was coded as it was. */
    record ProvenanceView(String eventId, String doc, String rule, String trigger, String dictionaryVersion,
                          String codebookVersion) {
        static ProvenanceView of(Event event) {
            var provenance = event.provenance();
            return new ProvenanceView(event.id(), event.doc(), provenance == null ? null : provenance.rule(),
                    provenance == null ? null : provenance.trigger(),
                    provenance == null ? null : provenance.dictionaryVersion(),
                    provenance == null ? null : provenance.codebookVersion());
        }
    }

    /** Everything behind one incident: every source with its text, the quotes and the provenance. */
    record IncidentDetail(IncidentView incident, List<Event> events, List<ArticleDetail> articles,
                          List<Quote> quotes, List<ProvenanceView> provenance,
                          List<ContradictionView> contradictions) {
    }

    /** An actor's latest stance on an issue. */
    record PositionView(String actor, String actorName, String issue, String stance, String date, String eventId,
                        String doc, String evidence) {
        String id() {
            return actor + "|" + issue;
        }
    }

    /** One point of a stance series. */
    record PointView(LocalDate day, String date, String stance, String kind, String id, String doc,
                     String evidence) {
        static PointView of(StancePoint point) {
            return new PointView(point.day(), point.date(), point.stance().id(), point.kind(), point.id(),
                    point.doc(), point.evidence());
        }
    }

    /** A change of stance. */
    record ChangeView(PointView from, PointView to, String explanation) {
        static ChangeView of(StanceChange change) {
            return new ChangeView(PointView.of(change.from()), PointView.of(change.to()), change.explanation());
        }
    }

    /** How an actor's stance on an issue moved. */
    record SeriesView(String actor, String issue, String current, List<PointView> points, List<PointView> undated,
                      List<ChangeView> changes) {
        static SeriesView of(PositionSeries series) {
            return new SeriesView(series.actor(), series.issue(),
                    series.current() == null ? null : series.current().id(),
                    series.points().stream().map(PointView::of).toList(),
                    series.undated().stream().map(PointView::of).toList(),
                    series.changes().stream().map(ChangeView::of).toList());
        }
    }

    /** Two incidents that cannot both be true as reported. */
    record ContradictionView(String id, String actorCode, String reason, IncidentView accepting,
                             IncidentView rejecting) {
        static ContradictionView of(Contradiction contradiction, Map<String, String> titles) {
            return new ContradictionView(contradiction.accepting().id() + "|" + contradiction.rejecting().id() + "|"
                    + contradiction.actorCode(), contradiction.actorCode(), contradiction.reason(),
                    IncidentView.of(contradiction.accepting(), titles),
                    IncidentView.of(contradiction.rejecting(), titles));
        }
    }

    /** A change of stance of one actor on one issue, with the incident that shows the new stance. */
    record PositionChangeView(String actor, String actorName, String issue, PointView from, PointView to,
                              String explanation, IncidentView incident) {
        String id() {
            return actor + "|" + issue + "|" + to.id();
        }
    }

    /** Reports of one incident that disagree on its date or on a number, side by side. */
    record DisagreementView(String id, IncidentView incident, List<DifferenceView> differences) {
        /**
         * The view; {@code bestTitles} holds the title of the incident's best evidence article,
         * {@code titles} those of every report's article (by article id).
         */
        static DisagreementView of(Disagreement disagreement, Map<String, String> bestTitles,
                                   Map<String, String> titles) {
            return new DisagreementView(disagreement.incident().id(),
                    IncidentView.of(disagreement.incident(), bestTitles),
                    disagreement.differences().stream().map(d -> DifferenceView.of(d, titles)).toList());
        }
    }

    /** One fact told in different ways: {@code kind} {@code date} or {@code number}. */
    record DifferenceView(String kind, String subject, List<ClaimView> claims) {
        static DifferenceView of(Disagreement.Difference difference, Map<String, String> titles) {
            return new DifferenceView(difference.kind(), difference.subject(),
                    difference.claims().stream().map(c -> ClaimView.of(c, titles)).toList());
        }
    }

    /** One value of a fact, with the outlets and the reports (evidence sentences) that give it. */
    record ClaimView(String value, List<String> outlets, List<ReportView> reports) {
        static ClaimView of(Disagreement.Claim claim, Map<String, String> titles) {
            return new ClaimView(claim.value(), claim.outlets(), claim.reports().stream()
                    .map(event -> new ReportView(event.id(), event.doc(),
                            event.doc() == null ? null : titles.get(event.doc()), event.date(),
                            event.evidence().sentence()))
                    .toList());
        }
    }

    /** One event as a report of a claim. */
    record ReportView(String eventId, String doc, String title, String date, String evidence) {
    }

    /** A search result; {@code snippet} is HTML-escaped with the matched words in {@code <b>}. */
    record HitView(String kind, String id, String articleId, float score, String snippet, String title, String date,
                   String type, List<String> actors, String speaker) {
    }

    /** What an ingest request did with each record. */
    record IngestResult(List<String> stored, List<String> alreadyStored, List<String> copies,
                        List<parley.model.SkippedInput> skipped, int events, int quotes) {
    }
}
