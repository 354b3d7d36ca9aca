/**
 * The messages a click hands the injected script: read in the background as templates, filled in the tab, they say
 * exactly what the browser's own lookup says there.
 */
import { describe, expect, test } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { uiMessages } from '../../../utils/background/ui-messages';
import { createTranslator, fillTemplates, lookupIn } from '../../../utils/ui/i18n';

describe('uiMessages', () => {
  const browserLookup = lookupIn(en);
  const handed = fillTemplates(uiMessages(browserLookup));

  test('holds every message of the English file', () => {
    expect(Object.keys(uiMessages(browserLookup)).sort()).toEqual(Object.keys(en).sort());
  });

  test('filled in the tab, every message reads as the browser’s lookup reads it', () => {
    const subs = ['first', 'second', 'third'];
    for (const key of Object.keys(en)) {
      expect(handed(key, subs)).toBe(browserLookup(key, subs));
      expect(handed(key)).toBe(browserLookup(key));
    }
  });

  test('a translator over them counts and pluralises as one over the browser', () => {
    const fromBoot = createTranslator(handed);
    const fromBrowser = createTranslator(browserLookup);
    expect(fromBoot.plural('occurrence_count', 1)).toBe(fromBrowser.plural('occurrence_count', 1));
    expect(fromBoot.plural('entries_imported', 1200, 'mine.json')).toBe('Imported 1,200 entries from mine.json.');
  });
});
