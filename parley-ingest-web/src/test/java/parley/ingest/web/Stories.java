package parley.ingest.web;

import java.util.List;

/**
 * Short news-style reports written for these tests (public facts of the 2025 talks, in our own
 * words): several different stories on the same topic, so near-duplicate detection must tell the
 * same story from a similar one.
 */
public final class Stories {
    private Stories() {
    }

    /** Each story is a list of paragraphs. */
    public static final List<List<String>> ALL = List.of(
            List.of(
                    "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since the spring of 2022.",
                    "The meeting at the Dolmabahce Palace lasted less than two hours, according to officials who attended it.",
                    "Turkish Foreign Minister Hakan Fidan opened the session and urged both sides to agree on a ceasefire as soon as possible.",
                    "The Ukrainian delegation was led by Defence Minister Rustem Umerov, while the Russian side was headed by presidential aide Vladimir Medinsky.",
                    "Both delegations said afterwards that they had agreed to exchange one thousand prisoners of war each.",
                    "No agreement was reached on a ceasefire, and the Ukrainian side accused Moscow of making demands it called unacceptable."),
            List.of(
                    "The largest prisoner exchange of the war was completed on Sunday, when Russia and Ukraine each handed over several hundred people.",
                    "The swap was carried out in three stages over three days near the border with Belarus.",
                    "President Volodymyr Zelensky posted photographs of returning soldiers wrapped in national flags and said that work would continue to bring everyone home.",
                    "The Russian defence ministry said the released servicemen were receiving medical and psychological help on Belarusian territory.",
                    "The exchange was the only concrete result of the talks held in Istanbul earlier in the month.",
                    "Families of missing soldiers gathered at a hospital in the north of Ukraine, holding portraits in the hope of news."),
            List.of(
                    "The European Union adopted a new package of sanctions against Russia on Tuesday, targeting vessels of the so-called shadow fleet.",
                    "Nearly two hundred tankers were added to the list of ships barred from European ports and services.",
                    "The foreign policy chief Kaja Kallas said the measures were meant to cut the revenues that finance the war.",
                    "The United Kingdom announced its own sanctions on the same day, naming additional ships and trading companies.",
                    "The Kremlin dismissed the decisions and said that pressure would not change its position on the conflict.",
                    "Some member states called for further measures, including a lower price cap on Russian crude oil."),
            List.of(
                    "Donald Trump spoke by telephone with Vladimir Putin for more than two hours on Monday, and said afterwards that the call had gone very well.",
                    "According to the White House, the two leaders discussed a memorandum that would set out the conditions for a future peace agreement.",
                    "Putin told reporters in Sochi that Russia was ready to work with Ukraine on such a memorandum, including the principles of a settlement.",
                    "He added that the root causes of the crisis had to be removed before any lasting peace could be achieved.",
                    "European leaders who had spoken with Trump before the call expressed disappointment that no ceasefire was announced.",
                    "Zelensky said that Ukraine would not withdraw its troops from its own territory as a condition for talks."),
            List.of(
                    "A second round of direct talks between Russia and Ukraine took place in Istanbul at the start of June and ended after about an hour.",
                    "The delegations exchanged written memoranda describing their visions of a path to peace.",
                    "The Russian document demanded that Ukraine withdraw from four regions and give up its plans to join military alliances.",
                    "The Ukrainian proposal called for a full and unconditional ceasefire for at least thirty days, followed by a meeting of the leaders.",
                    "The parties agreed to return the bodies of six thousand fallen soldiers and to exchange all severely wounded and young prisoners.",
                    "Ukrainian officials described the Russian memorandum as an ultimatum and said it could not be the basis of an agreement."),
            List.of(
                    "Ukrainian drones struck several airfields deep inside Russia on Sunday, in an operation that Kyiv said had taken a year and a half to prepare.",
                    "The security service said the drones had been hidden in wooden cabins loaded on trucks and launched close to the bases.",
                    "Ukraine claimed that more than forty aircraft had been hit, including long-range bombers used to launch missiles at Ukrainian cities.",
                    "Russia's defence ministry confirmed attacks in five regions and said that several aircraft had caught fire.",
                    "The strike came one day before the second round of talks in Istanbul, which went ahead as planned.",
                    "Military analysts said the operation showed how cheap drones could threaten expensive equipment far from the front."),
            List.of(
                    "Leaders of France, Germany, the United Kingdom and Poland travelled together to Kyiv by train on Saturday.",
                    "They called on Moscow to accept an unconditional thirty-day ceasefire on land, at sea and in the air, starting on Monday.",
                    "The leaders said that if Russia refused, they would work with Washington on tougher sanctions against its banking and energy sectors.",
                    "During the visit they held a video call with the American president, who supported the proposal, according to the French presidency.",
                    "The Kremlin answered that weapons deliveries to Ukraine would first have to stop and proposed direct talks in Istanbul instead.",
                    "The ceasefire deadline passed without Russia accepting it, and fighting continued along the front line."),
            List.of(
                    "The Vatican offered on Wednesday to host future negotiations between Russia and Ukraine, the foreign ministry of the Holy See said.",
                    "Pope Leo had spoken with Zelensky and told him that the Church was ready to help bring the parties together.",
                    "Italian Prime Minister Giorgia Meloni said that Trump had welcomed the idea during a call with European leaders.",
                    "Russian Foreign Minister Sergei Lavrov later said that holding the talks at the Vatican would not be a realistic option.",
                    "Diplomats noted that the Holy See had already helped to return Ukrainian children taken to Russia during the war.",
                    "A spokesman for the Kremlin said no decision had been taken about where and when a new round would take place."));

    /** A story's paragraphs joined by newlines, the shape of article text. */
    public static String text(int story) {
        return String.join("\n", ALL.get(story));
    }
}
