/** The translator the session created, for every component below App. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../utils/ui/i18n';

export const I18n = createContext<Translator | null>(null);

export function useI18n(): Translator {
  const translator = useContext(I18n);
  if (!translator) throw new Error('Framing Lens UI rendered without a translator');
  return translator;
}
