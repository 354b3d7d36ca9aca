import type { EntryGroup } from '../utils/findings-view';
import { HoverCard, type HoverState } from './HoverCard';
import { Sidebar, type SidebarState } from './Sidebar';

interface Props {
  state: SidebarState;
  hover: HoverState | null;
  reservedRight: number;
  nameOf: (id: string) => string | undefined;
  onClose: () => void;
  onExport: () => void;
  onOpenSettings: () => void;
  onScanPage: () => void;
  onLocate: (group: EntryGroup) => void;
  onCardEnter: () => void;
  onCardLeave: () => void;
}

/** Everything Framing Lens shows inside the page: the sidebar and, while the pointer rests on a highlight, its card. */
export function App(props: Props) {
  return (
    <div class="root">
      <Sidebar
        state={props.state}
        nameOf={props.nameOf}
        onClose={props.onClose}
        onExport={props.onExport}
        onOpenSettings={props.onOpenSettings}
        onScanPage={props.onScanPage}
        onLocate={props.onLocate}
      />
      {props.hover && (
        <HoverCard
          state={props.hover}
          nameOf={props.nameOf}
          reservedRight={props.reservedRight}
          onPointerEnter={props.onCardEnter}
          onPointerLeave={props.onCardLeave}
        />
      )}
    </div>
  );
}
