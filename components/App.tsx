import { HoverCard, type HoverState } from './HoverCard';
import { Sidebar, type SidebarProps } from './Sidebar';

interface Props extends SidebarProps {
  hover: HoverState | null;
  reservedRight: number;
  onCardEnter: () => void;
  onCardLeave: () => void;
}

/** Everything Framing Lens shows inside the page: the sidebar and, while the pointer rests on a highlight, its card. */
export function App({ hover, reservedRight, onCardEnter, onCardLeave, ...sidebar }: Props) {
  return (
    <div class="root">
      <Sidebar {...sidebar} />
      {hover && (
        <HoverCard
          state={hover}
          nameOf={sidebar.nameOf}
          reservedRight={reservedRight}
          onPointerEnter={onCardEnter}
          onPointerLeave={onCardLeave}
        />
      )}
    </div>
  );
}
