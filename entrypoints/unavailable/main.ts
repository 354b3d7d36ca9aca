// Says why nothing opened, for the reason the background gave (?reason=…); the browser's own pages by default.
import { browser } from 'wxt/browser';
import { CANNOT_READ, type CannotRead } from '../../utils/messages';
import { createTranslator, type MessageKey } from '../../utils/ui/i18n';

const given = new URLSearchParams(location.search).get('reason');
const reason: CannotRead = CANNOT_READ.find((r) => r === given) ?? 'forbidden';
const key = reason.replaceAll('-', '_');
const i18n = createTranslator((name, subs) => browser.i18n.getMessage(name as never, subs));
document.documentElement.lang = i18n.lang;
document.documentElement.dir = i18n.dir;
document.body.dataset.reason = reason;
const fill = (selector: string, name: string) => {
  const element = document.querySelector(selector)!;
  const text = browser.i18n.getMessage(name as never);
  if (text) element.textContent = i18n.t(name as MessageKey);
  else element.remove(); // not every reason has a hint
};
fill('h1', `unavailable_${key}_heading`);
fill('p.body', `unavailable_${key}_body`);
fill('p.hint', `unavailable_${key}_hint`);
