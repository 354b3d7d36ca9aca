/**
 * What Framing Lens finds in the seed article (test/fixtures/seed), entry by entry with counts: the design's list,
 * plus four findings beyond it that are right — the photo credits name AFP, "UN special envoy" names the UN,
 * Lavrov's quoted "humanitarian corridors" carries a note, and "has claimed the lives" names no one responsible.
 * The unit test checks the analysis against it exactly; the real-browser test checks the sidebar's counts.
 */
export const SEED_FINDINGS: Readonly<Record<string, number>> = {
  'syrian-observatory-for-human-rights': 1,
  hezbollah: 1,
  'un-commission-of-inquiry-syria': 3,
  'jabhat-fateh-al-sham': 3,
  'ahrar-al-sham': 1,
  'person-sergei-lavrov': 1,
  'person-staffan-de-mistura': 1,
  'outlet-syrian-state-tv': 1,
  'term-so-called': 1,
  'term-terrorist': 4,
  'term-militant': 9,
  'term-territory-held': 2,
  'term-foreign-backed': 2,
  'term-sponsor-backed': 1,
  'outlet-afp': 2,
  'united-nations': 1,
  'term-humanitarian-corridor': 1,
  'term-agentless-casualties': 1,
};
