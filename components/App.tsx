import { Component } from 'preact';
import type { Layout } from '../utils/page/room';
import type { SheetControl } from '../utils/page/ui-shell';
import type { Theme, TextSize } from '../utils/settings';
import type { Translator } from '../utils/ui/i18n';
import { HoverCard, type Box, type HoverState } from './HoverCard';
import { I18n } from './i18n';
import { Publication } from './publication';
import { Sidebar, type SidebarProps } from './Sidebar';

interface Props extends Omit<SidebarProps, 'sheet'> {
  translator: Translator;
  hover: HoverState | null;
  layout: Layout;
  /** Collapses and expands the bottom sheet (the sidebar below a narrow window). */
  sheet: SheetControl;
  /** The reader's theme (`system` follows the browser) and text size, from the options page. */
  theme: Theme;
  textSize: TextSize;
  /** The part of the viewport the page keeps: the card stays inside it. */
  area: Box;
  onCardEnter: () => void;
  onCardLeave: () => void;
}

/** Everything Framing Lens shows inside the page: the sidebar and, while the pointer rests on a highlight, its card. */
export function App({ translator, hover, layout, sheet, theme, textSize, area, onCardEnter, onCardLeave, ...sidebar }: Props) {
  const collapsed = layout.mode === 'sheet' && layout.collapsed;
  const published = sidebar.state.status === 'ready' ? sidebar.state.view.meta.publishedTime : null;
  return (
    <I18n.Provider value={translator}>
      <Publication.Provider value={published}>
        {/* Our own language and direction, whatever the page's are. */}
        <div
          class="root"
          lang={translator.lang}
          dir={translator.dir}
          data-mode={layout.mode}
          data-theme={theme}
          data-text-size={textSize}
          data-edge={layout.mode === 'side' ? layout.edge : 'bottom'}
          data-collapsed={collapsed || undefined}
          style={{ '--panel-size': `${layout.size}px` }}
        >
          <SidebarUnlessChanged {...sidebar} sheet={layout.mode === 'sheet' ? { ...sheet, collapsed } : undefined} />
          {hover && (
            <HoverCard state={hover} nameOf={sidebar.nameOf} area={area} onPointerEnter={onCardEnter} onPointerLeave={onCardLeave} />
          )}
        </div>
      </Publication.Provider>
    </I18n.Provider>
  );
}

/**
 * The sidebar, rendered again only when one of its own props changed: a hover (several a second while the pointer
 * moves over the text) changes the card alone, and re-rendering a long findings list with it would cost a frame.
 */
class SidebarUnlessChanged extends Component<SidebarProps> {
  override shouldComponentUpdate(next: SidebarProps): boolean {
    const keys = new Set([...Object.keys(this.props), ...Object.keys(next)]) as Set<keyof SidebarProps>;
    return [...keys].some((key) => (key === 'sheet' ? sheetChanged(this.props.sheet, next.sheet) : this.props[key] !== next[key]));
  }

  override render() {
    return <Sidebar {...this.props} />;
  }
}

/** The sheet's control is made afresh on every render around the shell's own, stable functions. */
function sheetChanged(a: SidebarProps['sheet'], b: SidebarProps['sheet']): boolean {
  return a?.collapsed !== b?.collapsed || a?.toggle !== b?.toggle || a?.barMeasured !== b?.barMeasured;
}
