import type { Home } from './api';
import { formatDate } from '../i18n/format-date';
import { useT } from '../i18n/i18n';
import { StateBadge } from '../requests/state-badge';
import { EmptyLine, Panel, PanelItem } from './panel';

type RequestList = NonNullable<Home['requestsToAct']>;

/** A few requests of one inbox box, with their state and deadline; the total links to the box. */
export function RequestListPanel({ id, title, list, seeAll }: { id: string; title: string; list: RequestList; seeAll: string }) {
  const t = useT();
  return (
    <Panel id={id} title={title} seeAll={seeAll} total={list.total}>
      {list.items.length === 0 && <EmptyLine />}
      {list.items.map((r) => (
        <PanelItem
          key={r.id}
          to={`/requests/${r.id}`}
          label={`${r.number ? `${r.number} · ` : ''}${r.title}`}
          detail={`${t(`requests.type.${r.type}.name`)} · ${r.requesterAgencyName} · ${r.dueAt ? t('home.requests.due', { date: formatDate(r.dueAt) }) : t('home.requests.noDue')}`}
          badge={<StateBadge state={r.state} overdue={r.overdue} />}
        />
      ))}
    </Panel>
  );
}
