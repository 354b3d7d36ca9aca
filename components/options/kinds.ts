import { browser } from 'wxt/browser';
import type { Entry } from '../../utils/glossary/schema';
import { createTranslator } from '../../utils/ui/i18n';
import { kindKey } from '../FindingList';

/** The extension's own words, for the pages here that show glossary entries the way the sidebar does. */
export const translator = createTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));

/** An entry's kind in the words the sidebar uses ("Armed or political group", "Framing word"). */
export function kindName(kind: Entry['kind']): string {
  return translator.t(kindKey(kind));
}
