/**
 * Short made-up news sentences that the background analyses, one per turn, while a click's script is injected and
 * Readability reads the page. Their findings are thrown away: they are there so that the first real analysis after
 * the worker starts (the browser stops an idle worker after about 30 s, so most clicks start one) finds the core's
 * code compiled and the rules' expressions built. Each wakes a different part of the core: glossary names and
 * aliases, the context rules around their trigger words, the words to watch, quotations and attribution. One
 * sentence is one turn of the worker: the page's text, once it comes, waits for one at most.
 */
export const WARM_UP_TEXTS: readonly string[] = [
  'DAMASCUS (Reuters) - Syrian government forces and Russian-backed militias shelled rebel-held towns on Sunday, the Syrian Observatory for Human Rights said.',
  'At least 12 people were killed and dozens wounded in the clashes, according to activists, who blamed the so-called regime for the airstrikes.',
  'The Islamic State group, also known as ISIS, claimed responsibility for the attack.',
  'The ministry called it an act of terrorism by foreign-backed terrorists.',
  'Officials slammed the "outrageous" report.',
  'Critics say the stunning decision was a bombshell for the embattled president, who allegedly admitted he had lied.',
  'Hamas militants and Israeli troops exchanged fire near the border; Hezbollah denied any role.',
  'Iran-backed insurgents were said to have retreated.',
  'A spokesman for the Pentagon told CNN that the strike killed a senior al-Qaeda commander, a claim the group disputed.',
  'Photo: Smoke rises over the city after the bombing. Read more: What we know so far',
];
