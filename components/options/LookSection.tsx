import {
  HIGHLIGHT_LOOKS,
  SIDEBAR_SIDES,
  SIDEBAR_WIDTH,
  TEXT_SIZES,
  THEMES,
  type HighlightLook,
  type Settings,
} from '../../utils/settings';

const LOOK_LABELS: Record<HighlightLook, string> = { underline: 'Underline', tint: 'Tinted background', off: 'Not marked (still listed)' };
const THEME_LABELS: Record<Settings['theme'], string> = { system: 'As the browser', light: 'Light', dark: 'Dark' };
const SIZE_LABELS: Record<Settings['textSize'], string> = { small: 'Small', medium: 'Medium', large: 'Large' };

const SIDE_LABELS: Record<(typeof SIDEBAR_SIDES)[number], string> = {
  auto: 'Where the page’s lines end',
  right: 'On the right',
  left: 'On the left',
};

/** How highlights, the sidebar and these pages look. */
export function LookSection({ settings, save }: { settings: Settings; save: (next: Settings) => Promise<boolean> }) {
  const kinds = [
    ['framing', 'Framing words'],
    ['context', 'Named actors'],
  ] as const;
  return (
    <section aria-labelledby="look">
      <h2 id="look">How it looks</h2>
      {kinds.map(([kind, legend]) => (
        <fieldset key={kind}>
          <legend>{legend}</legend>
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
                {LOOK_LABELS[look]}
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
        Show a card when the pointer rests on a highlighted word
      </label>
      <fieldset>
        <legend>Sidebar</legend>
        <div class="row">
          {SIDEBAR_SIDES.map((side) => (
            <label key={side}>
              <input type="radio" name="sidebarSide" checked={settings.sidebarSide === side} onChange={() => void save({ ...settings, sidebarSide: side })} />
              {SIDE_LABELS[side]}
            </label>
          ))}
          <label>
            Width (pixels)
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
        <legend>Theme</legend>
        <div class="row">
          {THEMES.map((theme) => (
            <label key={theme}>
              <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => void save({ ...settings, theme })} />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Text size</legend>
        <div class="row">
          {TEXT_SIZES.map((size) => (
            <label key={size}>
              <input type="radio" name="textSize" checked={settings.textSize === size} onChange={() => void save({ ...settings, textSize: size })} />
              {SIZE_LABELS[size]}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
