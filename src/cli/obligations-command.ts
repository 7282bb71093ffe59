import { regulations } from '../regulations/catalogue';
import { listObligations } from '../regulations/list-obligations';
import type { CommandInput } from './commands';

function formatRef(o: ReturnType<typeof listObligations>[number]): string {
  const { pasal, ayat, huruf } = o.citation;
  return `${pasal}${ayat ? `(${ayat})` : ''}${huruf ? ` ${huruf}` : ''}`;
}

/** `simpul obligations [--json]`: every obligation of the four regulations, with whether Simpul can check it yet. */
export async function obligationsCommand({ options }: Pick<CommandInput, 'options'>): Promise<number> {
  const list = listObligations(regulations);
  if (options.json) {
    console.log(JSON.stringify(list, null, 2));
    return 0;
  }
  const width = Math.max(...list.map((o) => o.id.length));
  for (const o of list) {
    const coverage = o.measurable ? `measurable (${o.needs})` : `needs ${o.needs}`;
    console.log(`${o.id.padEnd(width)}  ${formatRef(o).padEnd(18)}  ${o.binds.padEnd(17)}  ${coverage}`);
  }
  const measurable = list.filter((o) => o.measurable).length;
  console.log(`\n${list.length} obligations, ${measurable} measurable now`);
  return 0;
}
