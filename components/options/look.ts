import type { Settings } from '../../utils/settings';

const TEXT_PX: Record<Settings['textSize'], string> = { small: '13px', medium: '15px', large: '18px' };

/** The reader's theme and text size on an extension page; `color-scheme` makes native controls follow the theme. */
export function applyLook(doc: Document, settings: Pick<Settings, 'theme' | 'textSize'>): void {
  doc.documentElement.dataset.theme = settings.theme;
  doc.documentElement.style.fontSize = TEXT_PX[settings.textSize];
}
