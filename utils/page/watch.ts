/**
 * What can end an open session from outside: the extension going away (updated, reloaded or removed, which orphans
 * this script) and a single-page app moving to another address. Checked with frames, not timers (see frame-timer).
 */
import { afterFrames } from './frame-timer';
import { isAnotherPage } from './navigation';

const CHECK_MS = 2000;
const nothing = () => {};

interface NavigateEvent extends Event {
  destination: { url: string; sameDocument: boolean };
  downloadRequest: string | null;
}

export function watchPage(win: Window, isAlive: () => boolean, on: { gone: () => void; moved: () => void }): () => void {
  let last = new URL(win.location.href);
  const arrive = (to: URL) => {
    const from = last;
    last = to;
    if (isAnotherPage(from, to)) on.moved();
  };
  // The Navigation API tells of history.pushState as it happens; the regular check covers browsers without it.
  // Only a move within the document counts: a download (Export's own link among them) leaves the page where it is,
  // and a load of another document ends this script with the page, or is cancelled and changes nothing.
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  const onNavigate = (e: Event) => {
    const { destination, downloadRequest } = e as NavigateEvent;
    if (downloadRequest === null && destination.sameDocument) arrive(new URL(destination.url));
  };
  // An app that takes over a navigation (the Navigation API's intercept) has moved once it succeeds.
  const onSucceeded = () => arrive(new URL(win.location.href));
  navigation?.addEventListener('navigate', onNavigate);
  navigation?.addEventListener('navigatesuccess', onSucceeded);
  let cancel = nothing;
  const check = () => {
    if (!isAlive()) {
      on.gone();
      return;
    }
    arrive(new URL(win.location.href));
    cancel = afterFrames(win, CHECK_MS, check);
  };
  cancel = afterFrames(win, CHECK_MS, check);
  return () => {
    cancel();
    navigation?.removeEventListener('navigate', onNavigate);
    navigation?.removeEventListener('navigatesuccess', onSucceeded);
  };
}
