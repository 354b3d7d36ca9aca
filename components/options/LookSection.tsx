import {
  HIGHLIGHT_LOOKS,
  SIDEBAR_SIDES,
  SIDEBAR_WIDTH,
  TEXT_SIZES,
  THEMES,
  type HighlightLook,
  type Settings,
} from '../../utils/settings';
import type { MessageKey } from '../../utils/ui/i18n';
import { useI18n } from '../i18n';

const LOOK_LABELS: Record<HighlightLook, MessageKey> = { underline: 'look_underline', tint: 'look_tint', off: 'look_off' };
const THEME_LABELS: Record<Settings['theme'], MessageKey> = { system: 'theme_system', light: 'theme_light', dark: 'theme_dark' };
const SIZE_LABELS: Record<Settings['textSize'], MessageKey> = { small: 'text_size_small', medium: 'text_size_medium', large: 'text_size_large' };
const SIDE_LABELS: Record<(typeof SIDEBAR_SIDES)[number], MessageKey> = { auto: 'side_auto', right: 'side_right', left: 'side_left' };

/** How highlights, the sidebar and these pages look. */
export function LookSection({ settings, save }: { settings: Settings; save: (next: Settings) => Promise<boolean> }) {
  const { t } = useI18n();
  const kinds = [
    ['framing', 'framing_words'],
    ['context', 'named_actors'],
  ] as const;
  return (
    <section aria-labelledby="look">
      <h2 id="look">{t('look_heading')}</h2>
      {kinds.map(([kind, legend]) => (
        <fieldset key={kind}>
          <legend>{t(legend)}</legend>
          <div class="row">
            {HIGHLIGHT_LOOKS.map((look) => (
              <label key={look}>
                <input
                  type="radio"
                  name={`highlight-${kind}`}
                  value={look}
                  checked={settings.highlight[kind] === look}
                  onChange={() => void save({ ...settings, highlight: { ...settings.highlight, [kind]: look } })}
                />
                {t(LOOK_LABELS[look])}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label>
        <input
          type="checkbox"
          name="hoverCards"
          checked={settings.hoverCards}
          onChange={(e) => void save({ ...settings, hoverCards: e.currentTarget.checked })}
        />
        {t('hover_cards')}
      </label>
      <fieldset>
        <legend>{t('sidebar_heading')}</legend>
        <div class="row">
          {SIDEBAR_SIDES.map((side) => (
            <label key={side}>
              <input type="radio" name="sidebarSide" checked={settings.sidebarSide === side} onChange={() => void save({ ...settings, sidebarSide: side })} />
              {t(SIDE_LABELS[side])}
            </label>
          ))}
          <label>
            {t('sidebar_width')}
            <input
              type="number"
              name="sidebarWidth"
              min={SIDEBAR_WIDTH.min}
              max={SIDEBAR_WIDTH.max}
              step={20}
              value={settings.sidebarWidth}
              onChange={(e) => {
                const width = e.currentTarget.valueAsNumber;
                if (Number.isFinite(width)) void save({ ...settings, sidebarWidth: Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, Math.round(width))) });
              }}
            />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('theme_heading')}</legend>
        <div class="row">
          {THEMES.map((theme) => (
            <label key={theme}>
              <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => void save({ ...settings, theme })} />
              {t(THEME_LABELS[theme])}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('text_size_heading')}</legend>
        <div class="row">
          {TEXT_SIZES.map((size) => (
            <label key={size}>
              <input type="radio" name="textSize" checked={settings.textSize === size} onChange={() => void save({ ...settings, textSize: size })} />
              {t(SIZE_LABELS[size])}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
